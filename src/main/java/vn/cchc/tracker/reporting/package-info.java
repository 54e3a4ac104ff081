/**
 * The reporting cycle of a province (Công văn 581/BNV-CCHC): the periods of a year with their data windows and due
 * dates, a narrative per goal and period, the province's submission of a period and its review, and the rule saying
 * which targets need a narrative.
 * <p>Entry points: {@code PeriodKind} (the default calendar), {@code NarrativeRule}, {@code SubmissionState} (the
 * steps, plain Java), {@code PeriodService} (periods; admins move dates, create a year), {@code PeriodReportService}
 * (a province's report of a period, its goals judged by the attainment service), {@code NarrativeService},
 * {@code SubmissionService} (submit, return, accept; accepting the year approves the year's results through
 * {@code measurement.ApprovalService}); events {@code PeriodReturned}.
 * <p>Pages in {@code web}: {@code /admin/periods}, {@code /provinces/{code}/periods/{year}/{kind}} with its narrative
 * forms, {@code /reviews}, and the "Báo cáo kỳ" panel of the province page ({@code @reportingPanel}).
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "attainment",
            "attainment::rules",
            "audit",
            "measurement",
            "province",
            "support",
            "support::web"
        })
package vn.cchc.tracker.reporting;

import org.springframework.modulith.ApplicationModule;
