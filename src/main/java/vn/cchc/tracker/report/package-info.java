/**
 * The printable A4 report of a province in a year as PDF ({@code /provinces/{code}/report.pdf}): status
 * counts, headline indices, documents, targets by reform area — those the province page lists, with its filters.
 * <p>Entry points: {@code ProvinceReportService} (its content), {@code ProvinceReportPdf} (the rendering);
 * {@code web.ProvinceReportController}.
 */
@ApplicationModule(
        allowedDependencies = {
            "attainment",
            "attainment::rules",
            "dashboard",
            "document",
            "province",
            "support",
            "support::web",
            "tablefile"
        })
package vn.cchc.tracker.report;

import org.springframework.modulith.ApplicationModule;
