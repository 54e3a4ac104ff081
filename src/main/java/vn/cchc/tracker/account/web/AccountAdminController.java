package vn.cchc.tracker.account.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.tracker.account.Account;
import vn.cchc.tracker.account.AccountService;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.StaleDataException;
import vn.cchc.tracker.support.web.FormErrors;

/** Account administration: list, create, change role and provinces, disable, reset a password. Admins only. */
@Controller
class AccountAdminController {

    private final AccountService accounts;
    private final ProvinceService provinces;

    AccountAdminController(AccountService accounts, ProvinceService provinces) {
        this.accounts = accounts;
        this.provinces = provinces;
    }

    @GetMapping("/admin/accounts")
    String list(Actor actor, Model model) {
        actor.requireAdmin();
        model.addAttribute("accounts", accounts.all());
        return "account/list";
    }

    @GetMapping("/admin/accounts/new")
    String newForm(Actor actor, Model model) {
        actor.requireAdmin();
        return form(model, new AccountForm(), null);
    }

    @PostMapping("/admin/accounts")
    String create(
            Actor actor,
            @ModelAttribute("account") AccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            Account created = accounts.create(form.getUsername(), form.getPassword(), form.toParameters(), actor);
            redirect.addFlashAttribute("notice", "account.notice.created");
            return "redirect:/admin/accounts/" + created.getId();
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            form.setPassword(null);
            return form(model, form, null);
        }
    }

    @GetMapping("/admin/accounts/{id}")
    String edit(Actor actor, @PathVariable long id, Model model) {
        actor.requireAdmin();
        Account account = accounts.account(id);
        return form(model, AccountForm.of(account), account);
    }

    @PostMapping("/admin/accounts/{id}")
    String update(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("account") AccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            accounts.update(id, form.getVersion(), form.toParameters(), actor);
            redirect.addFlashAttribute("notice", "account.notice.saved");
            return "redirect:/admin/accounts/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            return form(model, form, accounts.account(id));
        } catch (StaleDataException e) {
            // show what is stored now; the user's choices stay in the form, with the new version to re-apply them
            response.setStatus(HttpStatus.CONFLICT.value());
            Account current = (Account) e.current();
            form.setVersion(e.currentVersion());
            model.addAttribute("stale", AccountForm.of(current));
            return form(model, form, current);
        }
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String setEnabled(
            Actor actor,
            @PathVariable long id,
            @RequestParam boolean enabled,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, version, enabled, actor);
            redirect.addFlashAttribute("notice", enabled ? "account.notice.enabled" : "account.notice.disabled");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.violations().get(0).messageKey());
        } catch (StaleDataException e) {
            redirect.addFlashAttribute("problem", "account.error.stale");
        }
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/password")
    String resetPassword(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("password") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, form.getNewPassword(), actor);
            redirect.addFlashAttribute("notice", "account.notice.passwordReset");
            return "redirect:/admin/accounts/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            Account account = accounts.account(id);
            form.setNewPassword(null);
            return form(model, AccountForm.of(account), account);
        }
    }

    private String form(Model model, AccountForm form, Account existing) {
        model.addAttribute("account", form);
        model.addAttribute("existing", existing);
        if (!model.containsAttribute("password")) {
            model.addAttribute("password", new PasswordForm());
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("provinces", provinces.profiles());
        return "account/form";
    }
}
