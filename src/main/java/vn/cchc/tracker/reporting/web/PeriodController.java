package vn.cchc.tracker.reporting.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.reporting.PeriodReport;
import vn.cchc.tracker.reporting.PeriodReportService;
import vn.cchc.tracker.reporting.SubmissionService;
import vn.cchc.tracker.reporting.SubmissionState;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.web.EvaluationYear;

/**
 * A province's report of a period: its goals with their narratives and the report's state; submitting (the
 * province's editors), returning and accepting (reviewers). Post/Redirect/Get; the services check who may.
 */
@Controller
class PeriodController {

    private static final String PAGE = "/provinces/{code}/periods/{year}/{kind}";

    private final PeriodReportService reports;
    private final SubmissionService submissions;

    PeriodController(PeriodReportService reports, SubmissionService submissions) {
        this.reports = reports;
        this.submissions = submissions;
    }

    @GetMapping(PAGE)
    String page(
            Actor actor,
            @PathVariable String code,
            @EvaluationYear int year,
            @PathVariable String kind,
            Locale locale,
            Model model) {
        PeriodReport report = reports.report(code, year, kind, locale);
        model.addAttribute("report", report);
        model.addAttribute("canWrite", actor.canWrite(report.code()));
        model.addAttribute("canReview", actor.canReview());
        model.addAttribute("missing", report.missing(locale));
        model.addAttribute("states", reports.states(report.code(), year));
        return "reporting/period";
    }

    @PostMapping(PAGE + "/submit")
    String submit(
            Actor actor,
            @PathVariable String code,
            @EvaluationYear int year,
            @PathVariable String kind,
            @RequestParam(defaultValue = "0") long version,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            submissions.submit(code, year, kind, version, actor, locale);
            redirect.addFlashAttribute("notice", "reporting.submit.done");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("submitRefused", true);
        } catch (SubmissionState.IllegalStepException e) {
            redirect.addFlashAttribute("problem", "reporting.step.refused");
        }
        return redirect(code, year, kind);
    }

    @PostMapping(PAGE + "/return")
    String returnToProvince(
            Actor actor,
            @PathVariable String code,
            @EvaluationYear int year,
            @PathVariable String kind,
            @RequestParam(defaultValue = "0") long version,
            @RequestParam(required = false) String comment,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            submissions.returnToProvince(code, year, kind, version, comment, actor, locale);
            redirect.addFlashAttribute("notice", "reporting.return.done");
        } catch (InvalidInputException e) {
            // the comment stays in the form, its problem beside it
            redirect.addFlashAttribute("returnError", e.violations().get(0).messageKey());
            redirect.addFlashAttribute(
                    "returnComment", comment == null ? "" : comment.substring(0, Math.min(comment.length(), 4000)));
        } catch (SubmissionState.IllegalStepException e) {
            redirect.addFlashAttribute("problem", "reporting.step.refused");
        }
        return redirect(code, year, kind);
    }

    @PostMapping(PAGE + "/accept")
    String accept(
            Actor actor,
            @PathVariable String code,
            @EvaluationYear int year,
            @PathVariable String kind,
            @RequestParam(defaultValue = "0") long version,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            submissions.accept(code, year, kind, version, actor, locale);
            redirect.addFlashAttribute("notice", "reporting.accept.done");
        } catch (SubmissionState.IllegalStepException e) {
            redirect.addFlashAttribute("problem", "reporting.step.refused");
        }
        return redirect(code, year, kind);
    }

    static String redirect(String code, int year, String kind) {
        // the path variables came back from a lookup that found the period, so they are plain codes
        return "redirect:/provinces/" + code + "/periods/" + year + "/" + kind;
    }
}
