package vn.cchc.tracker.report.web;

import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.report.PeriodReportDocx;
import vn.cchc.tracker.report.PeriodicReportService;
import vn.cchc.tracker.reporting.PeriodKind;
import vn.cchc.tracker.support.web.EvaluationYear;
import vn.cchc.tracker.tablefile.FileResponses;

/**
 * The periodic report of a province as an editable Word document, for its editors, reviewers and admins (it holds
 * the period's narratives); {@code ?lang=en} writes it in English.
 */
@Controller
class PeriodReportController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final PeriodicReportService reports;
    private final PeriodReportDocx docx;

    PeriodReportController(PeriodicReportService reports, PeriodReportDocx docx) {
        this.reports = reports;
        this.docx = docx;
    }

    @GetMapping("/provinces/{code}/reports/{year}/{period}.docx")
    ResponseEntity<byte[]> report(
            Actor actor,
            @PathVariable String code,
            @EvaluationYear int year,
            @PathVariable PeriodKind period,
            Locale locale) {
        byte[] body = docx.render(reports.report(actor, code, year, period, locale), locale);
        return FileResponses.file(body, "bao-cao-cchc-" + code + "-" + year + "-" + period + ".docx", DOCX, false);
    }
}
