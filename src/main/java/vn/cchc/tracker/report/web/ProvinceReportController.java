package vn.cchc.tracker.report.web;

import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.tracker.dashboard.ScorecardForm;
import vn.cchc.tracker.report.ProvinceReport;
import vn.cchc.tracker.report.ProvinceReportPdf;
import vn.cchc.tracker.report.ProvinceReportService;
import vn.cchc.tracker.support.web.EvaluationYear;
import vn.cchc.tracker.tablefile.FileResponses;

/**
 * The printable A4 report of a province for a year, shown in the browser's PDF viewer; with the province page's
 * filters ({@link ScorecardForm}) it prints the targets that page lists, in its order.
 */
@Controller
class ProvinceReportController {

    private final ProvinceReportService reports;
    private final ProvinceReportPdf pdf;

    ProvinceReportController(ProvinceReportService reports, ProvinceReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping("/provinces/{code}/report.pdf")
    ResponseEntity<byte[]> report(
            @PathVariable String code, @EvaluationYear int year, ScorecardForm form, Locale locale) {
        ProvinceReport report = reports.report(code, form.toFilter(), year, locale);
        return FileResponses.file(
                pdf.render(report, locale), "bao-cao-" + code + "-" + year + ".pdf", FileResponses.PDF, true);
    }
}
