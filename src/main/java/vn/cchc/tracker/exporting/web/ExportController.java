package vn.cchc.tracker.exporting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.tracker.dashboard.ScorecardForm;
import vn.cchc.tracker.exporting.MeasurementExportService;
import vn.cchc.tracker.exporting.ScorecardExportService;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.support.web.EvaluationYear;
import vn.cchc.tracker.tablefile.ExportFormat;
import vn.cchc.tracker.tablefile.ExportTable;
import vn.cchc.tracker.tablefile.Exports;
import vn.cchc.tracker.tablefile.FileResponses;

/**
 * Table exports, CSV (decimals in the reader's language) or XLSX, with the page's filters. Unknown filter values
 * answer 400, unknown provinces 404, like the pages: the scorecard's through the page's own {@link ScorecardForm}.
 */
@Controller
class ExportController {

    private final ScorecardExportService scorecards;
    private final MeasurementExportService measurements;

    ExportController(ScorecardExportService scorecards, MeasurementExportService measurements) {
        this.scorecards = scorecards;
        this.measurements = measurements;
    }

    /** A province's targets with their status in a year, filtered and sorted as on the province page. */
    @GetMapping({"/provinces/{code}/scorecard.csv", "/provinces/{code}/scorecard.xlsx"})
    ResponseEntity<byte[]> scorecard(
            @PathVariable String code,
            @EvaluationYear int year,
            ScorecardForm form,
            HttpServletRequest request,
            Locale locale) {
        ExportFormat format = formatOf(request);
        ExportTable table = scorecards.scorecard(code, year, form.toFilter(), locale);
        return FileResponses.attachment(Exports.write(table, format, locale), "chi-tieu-" + code + "-" + year, format);
    }

    /**
     * Yearly results with filters {@code province}, {@code indicator}, {@code year}; {@code layout=import} gives
     * exactly the import columns, to correct and upload again.
     */
    @GetMapping({"/export/measurements.csv", "/export/measurements.xlsx"})
    ResponseEntity<byte[]> measurements(
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String indicator,
            @EvaluationYear Integer filterYear,
            @RequestParam(required = false) String layout,
            HttpServletRequest request,
            Locale locale) {
        // null for an anonymous reader: the file then names offices, not login names
        boolean loggedIn = request.getUserPrincipal() != null;
        ExportFormat format = formatOf(request);
        MeasurementExportService.Filter filter = new MeasurementExportService.Filter(province, indicator, filterYear);
        boolean importLayout = "import".equalsIgnoreCase(layout);
        if (layout != null && !importLayout) {
            throw new BadParameterException("layout", "error.parameter.invalid", "layout", layout);
        }
        ExportTable table =
                importLayout ? measurements.importLayout(filter) : measurements.table(filter, locale, loggedIn);
        byte[] body = importLayout && format == ExportFormat.CSV
                ? Exports.write(table, format, null)
                : Exports.write(table, format, locale);
        return FileResponses.attachment(
                body,
                "ket-qua" + (filter.provinceCode() == null ? "" : "-" + filter.provinceCode())
                        + (filterYear == null ? "" : "-" + filterYear),
                format);
    }

    private static ExportFormat formatOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return ExportFormat.fromExtension(uri.substring(uri.lastIndexOf('.') + 1));
    }
}
