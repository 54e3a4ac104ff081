package vn.cchc.tracker.importing.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.importing.ImportColumn;
import vn.cchc.tracker.importing.ImportCounts;
import vn.cchc.tracker.importing.ImportPreview;
import vn.cchc.tracker.importing.ImportPreviewService;
import vn.cchc.tracker.importing.ImportRowStatus;
import vn.cchc.tracker.importing.ImportUploads;
import vn.cchc.tracker.importing.ImportWriteService;
import vn.cchc.tracker.importing.PreviewRow;
import vn.cchc.tracker.importing.ValidatedRow;
import vn.cchc.tracker.measurement.MeasurementSnapshot;
import vn.cchc.tracker.support.NumberFormats;
import vn.cchc.tracker.tablefile.TableProblemTexts;
import vn.cchc.tracker.tablefile.TableProblemView;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * Importing a results file in the browser: upload → preview of every row (new, changed old → new, unchanged,
 * error with row, column and reason) → confirm. The file waits server-side under a random token
 * ({@link ImportUploads}); nothing is written before the confirmation, which previews the file again and refuses if
 * the stored results changed since the preview the user saw.
 */
@Controller
class ImportController {

    /** What the page after a confirmed import says; flashed, so kept small and serializable in the shared session. */
    record Imported(String fileName, int created, int updated, int unchanged) implements Serializable {}

    /** One row of the preview table, already as text. */
    record RowView(
            int row,
            ImportRowStatus status,
            String province,
            String indicator,
            String year,
            String before,
            String after,
            String source,
            String note,
            boolean valueChanged,
            boolean sourceChanged,
            boolean noteChanged,
            List<TableProblemView> problems) {}

    private final ImportPreviewService previews;
    private final ImportWriteService importer;
    private final ImportUploads uploads;
    private final TableProblemTexts texts;
    private final NumberFormats numbers;

    ImportController(
            ImportPreviewService previews,
            ImportWriteService importer,
            ImportUploads uploads,
            MessageSource messages,
            NumberFormats numbers) {
        this.previews = previews;
        this.importer = importer;
        this.uploads = uploads;
        this.texts = new TableProblemTexts(messages);
        this.numbers = numbers;
    }

    @GetMapping("/import")
    String form(Actor actor, Model model) {
        actor.requireImport();
        model.addAttribute("limits", previews.limits());
        model.addAttribute("maxFileSize", previews.limits().tooLarge().args().get(0));
        return "import/upload";
    }

    @PostMapping("/import")
    String upload(
            Actor actor,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect,
            Locale locale) {
        actor.requireImport();
        if (file == null
                || (file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank()))) {
            redirect.addFlashAttribute("problem", "import.upload.missing");
            return "redirect:/import";
        }
        UploadedFile upload = UploadedFile.read(
                file.getOriginalFilename(), file, previews.limits().maxBytes());
        if (upload.exceeds(previews.limits().maxBytes())) {
            return tooLarge(redirect, locale);
        }
        String token = uploads.save(actor.username(), upload);
        return "redirect:/import/" + token;
    }

    @GetMapping("/import/{token}")
    String preview(Actor actor, @PathVariable String token, Model model, RedirectAttributes redirect, Locale locale) {
        actor.requireImport();
        Optional<UploadedFile> file = uploads.find(token, actor.username());
        if (file.isEmpty()) {
            redirect.addFlashAttribute("problem", "import.upload.expired");
            return "redirect:/import";
        }
        ImportPreview preview = previews.preview(file.get(), actor);
        model.addAttribute("token", token);
        model.addAttribute("preview", preview);
        model.addAttribute("counts", preview.counts());
        model.addAttribute("problems", texts.views(preview.problems(), locale));
        model.addAttribute("rows", rows(preview, locale));
        model.addAttribute("canConfirm", !preview.hasErrors() && !preview.plan().isEmpty());
        model.addAttribute("fingerprint", preview.fingerprint());
        return "import/preview";
    }

    @PostMapping("/import/{token}/confirm")
    String confirm(
            Actor actor,
            @PathVariable String token,
            @RequestParam(required = false) String fingerprint,
            RedirectAttributes redirect) {
        actor.requireImport();
        Optional<UploadedFile> file = uploads.find(token, actor.username());
        if (file.isEmpty()) {
            redirect.addFlashAttribute("problem", "import.upload.expired");
            return "redirect:/import";
        }
        ImportWriteService.Outcome outcome =
                importer.run(file.get(), actor, false, fingerprint == null ? "" : fingerprint);
        switch (outcome.status()) {
            case WRITTEN -> {
                uploads.delete(token, actor.username());
                ImportCounts c = outcome.counts();
                redirect.addFlashAttribute(
                        "imported", new Imported(file.get().name(), c.created(), c.updated(), c.unchanged()));
                return "redirect:/import";
            }
            case STALE -> redirect.addFlashAttribute("problem", "import.confirm.stale");
            default -> redirect.addFlashAttribute("problem", "import.confirm.rejected");
        }
        return "redirect:/import/" + token;
    }

    @PostMapping("/import/{token}/cancel")
    String cancel(Actor actor, @PathVariable String token, RedirectAttributes redirect) {
        actor.requireImport();
        uploads.delete(token, actor.username());
        redirect.addFlashAttribute("notice", "import.cancelled");
        return "redirect:/import";
    }

    /** A file beyond even the servlet container's limit: the same words as a file over the import's own limit. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String uploadTooLarge(RedirectAttributes redirect, Locale locale) {
        return tooLarge(redirect, locale);
    }

    private String tooLarge(RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("fileProblem", texts.text(previews.limits().tooLarge(), locale));
        return "redirect:/import";
    }

    private List<RowView> rows(ImportPreview preview, Locale locale) {
        List<RowView> rows = new ArrayList<>(preview.rows().size());
        for (PreviewRow r : preview.rows()) {
            ValidatedRow in = r.incoming();
            MeasurementSnapshot old = r.existing();
            String after = in == null
                    ? r.written(ImportColumn.VALUE)
                    : in.valueLevel() != null ? in.valueLevel() : number(in.valueNumber());
            String before = old == null ? null : old.level() != null ? old.level() : number(old.number());
            rows.add(new RowView(
                    r.row(),
                    r.status(),
                    r.written(ImportColumn.PROVINCE_CODE),
                    r.written(ImportColumn.INDICATOR_CODE),
                    r.written(ImportColumn.YEAR),
                    before,
                    after,
                    r.written(ImportColumn.SOURCE),
                    r.written(ImportColumn.NOTE),
                    r.changed().contains(ImportColumn.VALUE),
                    r.changed().contains(ImportColumn.SOURCE),
                    r.changed().contains(ImportColumn.NOTE),
                    texts.views(r.problems(), locale)));
        }
        return rows;
    }

    private String number(BigDecimal value) {
        return numbers.decimal(value);
    }
}
