/**
 * The province's reports: the printable A4 report of a year as PDF ({@code /provinces/{code}/report.pdf}): status
 * counts, headline indices, documents, targets by reform area — those the province page lists, with its filters; and
 * the periodic report of a reporting period as an editable Word document
 * ({@code /provinces/{code}/reports/{year}/{period}.docx}) with the period's narratives and the year's results.
 * <p>Entry points: {@code ProvinceReportService} (the content both share), {@code ProvinceReportPdf},
 * {@code PeriodicReportService}, {@code PeriodReportDocx} (the renderings); {@code web.ProvinceReportController},
 * {@code web.PeriodReportController}.
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "attainment",
            "attainment::rules",
            "completeness",
            "dashboard",
            "document",
            "province",
            "reporting",
            "support",
            "support::web",
            "tablefile"
        })
package vn.cchc.tracker.report;

import org.springframework.modulith.ApplicationModule;
