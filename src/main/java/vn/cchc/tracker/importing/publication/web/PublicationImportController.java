package vn.cchc.tracker.importing.publication.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.importing.ImportCounts;
import vn.cchc.tracker.importing.ImportRowStatus;
import vn.cchc.tracker.importing.publication.IndexFamily;
import vn.cchc.tracker.importing.publication.PublicationColumn;
import vn.cchc.tracker.importing.publication.PublicationImportService;
import vn.cchc.tracker.importing.publication.PublicationPreview;
import vn.cchc.tracker.importing.publication.PublicationRequest;
import vn.cchc.tracker.importing.publication.PublicationUploads;
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.NumberFormats;
import vn.cchc.tracker.support.web.FormErrors;
import vn.cchc.tracker.tablefile.TableProblemTexts;
import vn.cchc.tracker.tablefile.TableProblemView;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * Importing a published national table (admins): upload with the index, year and source → preview of every row with
 * the unit it matched and every problem → confirm, all values or none. The file waits under a random token as a
 * results file does; nothing is written before the confirmation, which previews again and refuses if the stored
 * values changed since.
 */
@Controller
class PublicationImportController {

    private static final String FORM = "publication";

    /** What the page after a confirmed import says; flashed, so small and serializable. */
    record Imported(String fileName, int created, int updated, int unchanged) implements Serializable {}

    /** A value of a row as text: before (when it changes) and after. */
    record CellView(String before, String after, ImportRowStatus status) {}

    /** A row of the preview, as text. */
    record RowView(
            int row,
            ImportRowStatus status,
            String writtenName,
            String writtenCode,
            String unitName,
            String unitCode,
            Map<String, CellView> cells,
            List<TableProblemView> problems) {}

    private final PublicationImportService imports;
    private final PublicationUploads uploads;
    private final TableProblemTexts texts;
    private final NumberFormats numbers;

    PublicationImportController(
            PublicationImportService imports,
            PublicationUploads uploads,
            MessageSource messages,
            NumberFormats numbers) {
        this.imports = imports;
        this.uploads = uploads;
        this.texts = new TableProblemTexts(messages);
        this.numbers = numbers;
    }

    @GetMapping("/admin/publications")
    String form(Actor actor, Model model) {
        actor.requireAdmin();
        return show(model, new PublicationForm());
    }

    @PostMapping("/admin/publications")
    String upload(
            Actor actor,
            @ModelAttribute(FORM) PublicationForm form,
            BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        actor.requireAdmin();
        PublicationRequest request;
        try {
            request = form.toRequest();
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            return show(model, form);
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "import.upload.missing");
            return show(model, form);
        }
        UploadedFile upload = UploadedFile.read(
                file.getOriginalFilename(), file, imports.limits().maxBytes());
        if (upload.exceeds(imports.limits().maxBytes())) {
            return tooLarge(redirect, locale);
        }
        return "redirect:/admin/publications/" + uploads.save(actor.username(), upload, request);
    }

    @GetMapping("/admin/publications/{token}")
    String preview(Actor actor, @PathVariable String token, Model model, RedirectAttributes redirect, Locale locale) {
        actor.requireAdmin();
        Optional<PublicationUploads.Pending> pending = uploads.find(token, actor.username());
        if (pending.isEmpty()) {
            redirect.addFlashAttribute("problem", "import.upload.expired");
            return "redirect:/admin/publications";
        }
        PublicationPreview preview =
                imports.preview(pending.get().file(), pending.get().request());
        List<String> valueColumns = PublicationColumn.valueColumns().stream()
                .filter(c -> preview.table().columns().containsKey(c))
                .map(c -> preview.request().family().indicatorOf(c).orElseThrow())
                .toList();
        ImportCounts counts = preview.counts();
        model.addAttribute("token", token);
        model.addAttribute("preview", preview);
        model.addAttribute("request", preview.request());
        model.addAttribute("counts", counts);
        model.addAttribute("valueColumns", valueColumns);
        model.addAttribute("problems", texts.views(preview.problems(), locale));
        model.addAttribute("rows", rows(preview, locale));
        model.addAttribute("canConfirm", !preview.hasErrors() && counts.created() + counts.updated() > 0);
        model.addAttribute("fingerprint", preview.fingerprint());
        return "import/publication-preview";
    }

    @PostMapping("/admin/publications/{token}/confirm")
    String confirm(
            Actor actor,
            @PathVariable String token,
            @RequestParam(required = false) String fingerprint,
            RedirectAttributes redirect) {
        actor.requireAdmin();
        Optional<PublicationUploads.Pending> pending = uploads.find(token, actor.username());
        if (pending.isEmpty()) {
            redirect.addFlashAttribute("problem", "import.upload.expired");
            return "redirect:/admin/publications";
        }
        UploadedFile file = pending.get().file();
        PublicationImportService.Outcome outcome =
                imports.confirm(file, pending.get().request(), actor, fingerprint == null ? "" : fingerprint);
        switch (outcome.status()) {
            case WRITTEN -> {
                uploads.delete(token, actor.username());
                ImportCounts c = outcome.counts();
                redirect.addFlashAttribute(
                        "imported", new Imported(file.name(), c.created(), c.updated(), c.unchanged()));
                return "redirect:/admin/publications";
            }
            case STALE -> redirect.addFlashAttribute("problem", "import.confirm.stale");
            default -> redirect.addFlashAttribute("problem", "import.confirm.rejected");
        }
        return "redirect:/admin/publications/" + token;
    }

    @PostMapping("/admin/publications/{token}/cancel")
    String cancel(Actor actor, @PathVariable String token, RedirectAttributes redirect) {
        actor.requireAdmin();
        uploads.delete(token, actor.username());
        redirect.addFlashAttribute("notice", "import.cancelled");
        return "redirect:/admin/publications";
    }

    /** A file beyond even the servlet container's limit: the same words as a file over the import's own limit. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String uploadTooLarge(RedirectAttributes redirect, Locale locale) {
        return tooLarge(redirect, locale);
    }

    private String tooLarge(RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("fileProblem", texts.text(imports.limits().tooLarge(), locale));
        return "redirect:/admin/publications";
    }

    private String show(Model model, PublicationForm form) {
        model.addAttribute(FORM, form);
        model.addAttribute("families", IndexFamily.values());
        model.addAttribute("maxFileSize", imports.limits().tooLarge().args().get(0));
        model.addAttribute("maxRows", imports.limits().maxRows());
        return "import/publication-upload";
    }

    private List<RowView> rows(PublicationPreview preview, Locale locale) {
        List<RowView> rows = new ArrayList<>(preview.lines().size());
        for (PublicationPreview.Line line : preview.lines()) {
            Map<String, CellView> cells = new LinkedHashMap<>();
            for (PublicationPreview.Cell c : line.cells()) {
                String after = c.value() == null ? c.written() : text(c.value());
                String before = c.stored() == null
                        ? null
                        : c.stored().level() != null
                                ? c.stored().level()
                                : numbers.decimal(c.stored().number());
                cells.put(c.indicatorCode(), new CellView(before, after, c.status()));
            }
            var unit = line.row().unit();
            rows.add(new RowView(
                    line.row().row(),
                    line.status(),
                    line.row().writtenName(),
                    line.row().writtenCode(),
                    unit == null ? null : unit.nameVi(),
                    unit == null ? null : unit.code(),
                    cells,
                    texts.views(line.row().problems(), locale)));
        }
        return rows;
    }

    private String text(ValueRules.Value value) {
        return value.level() != null ? value.level() : number(value.number());
    }

    private String number(BigDecimal n) {
        return numbers.decimal(n);
    }
}
