package vn.cchc.tracker.document.web;

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
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentKind;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.document.DocumentWriteService;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.StaleDataException;
import vn.cchc.tracker.support.web.FormErrors;

/** Creating, editing and deleting documents (Post/Redirect/Get); the service checks the editor's provinces. */
@Controller
class DocumentFormController {

    private final DocumentService documents;
    private final DocumentWriteService writer;
    private final ProvinceService provinces;

    DocumentFormController(DocumentService documents, DocumentWriteService writer, ProvinceService provinces) {
        this.documents = documents;
        this.writer = writer;
        this.provinces = provinces;
    }

    @GetMapping("/provinces/{code}/documents/new")
    String newForm(Actor actor, @PathVariable String code, Model model) {
        ProvinceProfile profile = provinces.profile(code);
        actor.requireWrite(code);
        return form(model, profile, new DocumentForm(), null);
    }

    @PostMapping("/provinces/{code}/documents")
    String create(
            Actor actor,
            @PathVariable String code,
            @ModelAttribute("document") DocumentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            Document d = writer.create(code, form.toInput(), actor);
            redirect.addFlashAttribute("notice", "document.notice.created");
            return "redirect:/documents/" + d.getId();
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            return form(model, provinces.profile(code), form, null);
        }
    }

    @GetMapping("/documents/{id}/edit")
    String edit(Actor actor, @PathVariable long id, Model model) {
        Document d = documents.document(id);
        actor.requireWrite(d.getProvince().getCode());
        return form(model, provinces.profile(d.getProvince().getCode()), DocumentForm.of(d), d);
    }

    @PostMapping("/documents/{id}")
    String update(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("document") DocumentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            writer.update(id, form.getVersion(), form.toInput(), actor);
            redirect.addFlashAttribute("notice", "document.notice.saved");
            return "redirect:/documents/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            Document d = documents.document(id);
            return form(model, provinces.profile(d.getProvince().getCode()), form, d);
        } catch (StaleDataException e) {
            Document current = documents.document(id);
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(e.currentVersion());
            model.addAttribute("stale", DocumentForm.of(current));
            return form(model, provinces.profile(current.getProvince().getCode()), form, current);
        }
    }

    @PostMapping("/documents/{id}/delete")
    String delete(
            Actor actor,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            RedirectAttributes redirect) {
        Document d = documents.document(id);
        actor.requireWrite(d.getProvince().getCode());
        int targets = writer.targetCount(id);
        if (targets > 0 && !confirm) {
            model.addAttribute("document", d);
            model.addAttribute("targetCount", targets);
            model.addAttribute("version", version);
            return "documents/delete";
        }
        try {
            String code = writer.delete(id, version, actor);
            redirect.addFlashAttribute("notice", "document.notice.deleted");
            return "redirect:/provinces/" + code;
        } catch (StaleDataException e) {
            redirect.addFlashAttribute("problem", "form.error.stale");
            return "redirect:/documents/" + id;
        }
    }

    private String form(Model model, ProvinceProfile profile, DocumentForm form, Document existing) {
        model.addAttribute("document", form);
        model.addAttribute("existing", existing);
        model.addAttribute("profile", profile);
        model.addAttribute("kinds", DocumentKind.values());
        return "documents/form";
    }
}
