package vn.cchc.tracker.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.reporting.NarrativeService;
import vn.cchc.tracker.reporting.PeriodReport;
import vn.cchc.tracker.reporting.PeriodReportService;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.support.web.EvaluationYear;
import vn.cchc.tracker.support.web.FormErrors;

/** The narrative of one goal for a period: the province's editors and admins write it (Post/Redirect/Get). */
@Controller
class NarrativeController {

    private static final String FORM = "/provinces/{code}/periods/{year}/{kind}/narratives/{targetId}";

    private final PeriodReportService reports;
    private final NarrativeService narratives;

    NarrativeController(PeriodReportService reports, NarrativeService narratives) {
        this.reports = reports;
        this.narratives = narratives;
    }

    @GetMapping(FORM)
    String form(
            Actor actor,
            @PathVariable String code,
            @EvaluationYear int year,
            @PathVariable String kind,
            @PathVariable long targetId,
            Locale locale,
            Model model) {
        PeriodReport report = reports.report(code, year, kind, locale);
        actor.requireWrite(report.code());
        PeriodReport.Row row = row(report, targetId);
        return show(model, report, row, NarrativeForm.of(row.narrative()));
    }

    @PostMapping(FORM)
    String save(
            Actor actor,
            @PathVariable String code,
            @EvaluationYear int year,
            @PathVariable String kind,
            @PathVariable long targetId,
            @ModelAttribute("narrative") NarrativeForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            narratives.save(code, year, kind, targetId, form.getVersion(), form.toText(), actor, locale);
            redirect.addFlashAttribute("notice", "reporting.narrative.saved");
            return toPeriod(code, year, kind);
        } catch (InvalidInputException e) {
            PeriodReport report = reports.report(code, year, kind, locale);
            actor.requireWrite(report.code());
            FormErrors.bind(e, result);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, report, row(report, targetId), form);
        } catch (NarrativeService.ReportNotWithProvinceException e) {
            redirect.addFlashAttribute("problem", "reporting.narrative.locked");
            return toPeriod(code, year, kind);
        }
    }

    private static PeriodReport.Row row(PeriodReport report, long targetId) {
        PeriodReport.Row row = report.row(targetId);
        if (row == null) {
            throw new NotFoundException("reporting.narrative.notFound");
        }
        return row;
    }

    private static String show(Model model, PeriodReport report, PeriodReport.Row row, NarrativeForm form) {
        model.addAttribute("report", report);
        model.addAttribute("row", row);
        model.addAttribute("narrative", form);
        return "reporting/narrative";
    }

    // spelled out here (not PeriodController.redirect) so the route table can read the view from this class
    private static String toPeriod(String code, int year, String kind) {
        return "redirect:/provinces/" + code + "/periods/" + year + "/" + kind;
    }
}
