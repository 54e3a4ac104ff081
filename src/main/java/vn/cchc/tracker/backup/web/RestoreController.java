package vn.cchc.tracker.backup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.backup.FullDataRestoreService;
import vn.cchc.tracker.backup.RestoreException;
import vn.cchc.tracker.importing.ImportProperties;
import vn.cchc.tracker.tablefile.TableProblemTexts;
import vn.cchc.tracker.tablefile.UploadLimits;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * {@code /admin/restore}: an admin uploads the zip of {@code /export/all.zip} into an installation without documents,
 * targets or results. Refused whole, with every problem by part, row and column, otherwise written in one
 * transaction and audited.
 */
@Controller
class RestoreController {

    /** One problem of a refused backup as the page lists it. */
    record ProblemView(String part, Integer row, String column, String message) {}

    private final FullDataRestoreService restore;
    private final UploadLimits limits;
    private final TableProblemTexts texts;

    RestoreController(FullDataRestoreService restore, ImportProperties properties, MessageSource messages) {
        this.restore = restore;
        this.limits = properties.limits();
        this.texts = new TableProblemTexts(messages);
    }

    @GetMapping("/admin/restore")
    String form(Actor actor, Model model) {
        actor.requireAdmin();
        return show(model, List.of());
    }

    @PostMapping("/admin/restore")
    String restore(
            Actor actor,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        actor.requireAdmin();
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", "import.upload.missing");
            return "redirect:/admin/restore";
        }
        UploadedFile backup = UploadedFile.read(file.getOriginalFilename(), file, limits.maxUnpackedBytes());
        try {
            redirect.addFlashAttribute("restored", restore.restore(backup, actor));
            redirect.addFlashAttribute("restoredFile", backup.name());
            return "redirect:/admin/restore";
        } catch (RestoreException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            List<ProblemView> problems = e.problems().stream()
                    .map(p -> new ProblemView(
                            p.part(), p.problem().row(), p.problem().column(), texts.text(p.problem(), locale)))
                    .toList();
            model.addAttribute("fileName", backup.name());
            return show(model, problems);
        }
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("fileProblem", texts.text(limits.tooLarge(), locale));
        return "redirect:/admin/restore";
    }

    private String show(Model model, List<ProblemView> problems) {
        model.addAttribute("installationEmpty", restore.installationIsEmpty());
        model.addAttribute("problems", problems);
        return "restore/form";
    }
}
