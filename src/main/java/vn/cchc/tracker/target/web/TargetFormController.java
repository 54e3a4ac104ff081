package vn.cchc.tracker.target.web;

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
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.StaleDataException;
import vn.cchc.tracker.support.web.FormErrors;
import vn.cchc.tracker.target.Comparison;
import vn.cchc.tracker.target.Target;
import vn.cchc.tracker.target.TargetService;
import vn.cchc.tracker.target.TargetWriteService;

/** Creating, editing and deleting targets (Post/Redirect/Get); the service checks the editor's provinces. */
@Controller
class TargetFormController {

    private final TargetService targets;
    private final TargetWriteService writer;
    private final DocumentService documents;
    private final IndicatorService indicators;

    TargetFormController(
            TargetService targets, TargetWriteService writer, DocumentService documents, IndicatorService indicators) {
        this.targets = targets;
        this.writer = writer;
        this.documents = documents;
        this.indicators = indicators;
    }

    @GetMapping("/documents/{id}/targets/new")
    String newForm(Actor actor, @PathVariable long id, Model model) {
        Document d = documents.document(id);
        actor.requireWrite(d.getProvince().getCode());
        TargetForm form = new TargetForm();
        form.setComparison(Comparison.AT_LEAST.name());
        return form(model, d, form, null);
    }

    @PostMapping("/documents/{id}/targets")
    String create(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("target") TargetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            writer.create(id, form.toInput(), actor);
            redirect.addFlashAttribute("notice", "target.notice.created");
            return "redirect:/documents/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            return form(model, documents.document(id), form, null);
        }
    }

    @GetMapping("/targets/{id}/edit")
    String edit(Actor actor, @PathVariable long id, Model model) {
        Target t = targets.target(id);
        actor.requireWrite(t.getDocument().getProvince().getCode());
        return form(model, t.getDocument(), TargetForm.of(t), t);
    }

    @PostMapping("/targets/{id}")
    String update(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("target") TargetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Target t = writer.update(id, form.getVersion(), form.toInput(), actor);
            redirect.addFlashAttribute("notice", "target.notice.saved");
            return "redirect:/documents/" + t.getDocument().getId();
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            Target t = targets.target(id);
            return form(model, t.getDocument(), form, t);
        } catch (StaleDataException e) {
            Target current = targets.target(id);
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(e.currentVersion());
            model.addAttribute("stale", TargetForm.of(current));
            return form(model, current.getDocument(), form, current);
        }
    }

    @PostMapping("/targets/{id}/delete")
    String delete(
            Actor actor,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            RedirectAttributes redirect) {
        Target t = targets.target(id);
        long documentId = t.getDocument().getId();
        try {
            TargetWriteService.DeleteOutcome outcome = writer.delete(id, version, confirm, actor);
            if (outcome == TargetWriteService.DeleteOutcome.NEEDS_CONFIRMATION) {
                model.addAttribute("target", t);
                model.addAttribute("measurementCount", targets.measurementsBehind(t));
                model.addAttribute("version", version);
                return "targets/delete";
            }
            redirect.addFlashAttribute("notice", "target.notice.deleted");
        } catch (StaleDataException e) {
            redirect.addFlashAttribute("problem", "form.error.stale");
        }
        return "redirect:/documents/" + documentId;
    }

    private String form(Model model, Document document, TargetForm form, Target existing) {
        model.addAttribute("target", form);
        model.addAttribute("existing", existing);
        model.addAttribute("doc", document);
        model.addAttribute("indicators", indicators.catalogue());
        model.addAttribute("areas", indicators.reformAreas());
        model.addAttribute("comparisons", Comparison.values());
        return "targets/form";
    }
}
