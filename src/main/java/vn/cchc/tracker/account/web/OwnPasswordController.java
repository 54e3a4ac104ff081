package vn.cchc.tracker.account.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.tracker.account.AccountService;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.web.FormErrors;

/** Any logged-in user changes their own password (demo accounts should, first thing). */
@Controller
class OwnPasswordController {

    private final AccountService accounts;

    OwnPasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(@ModelAttribute("password") PasswordForm form) {
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(
            Actor actor,
            @ModelAttribute("password") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpSession session) {
        try {
            accounts.changeOwnPassword(
                    actor.username(), form.getCurrentPassword(), form.getNewPassword(), session.getId());
            redirect.addFlashAttribute("notice", "account.notice.passwordChanged");
            return "redirect:/account/password";
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            return "account/password";
        }
    }
}
