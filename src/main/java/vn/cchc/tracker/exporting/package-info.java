/**
 * Table exports of what the pages show: a province's scorecard as CSV or XLSX with the page's filters, and
 * the yearly results ({@code /export/measurements.csv|xlsx}, also in the import layout).
 * <p>Entry points: {@code ScorecardExportService}, {@code MeasurementExportService}; {@code web.ExportController}.
 */
@ApplicationModule(
        allowedDependencies = {
            "attainment",
            "attainment::rules",
            "dashboard",
            "importing",
            "indicator",
            "province",
            "support",
            "support::web",
            "tablefile"
        })
package vn.cchc.tracker.exporting;

import org.springframework.modulith.ApplicationModule;
