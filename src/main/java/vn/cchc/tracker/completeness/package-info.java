/**
 * The completeness board of a reporting period, like DHIS2's reporting-rate summary: per unit the results expected
 * (the indicators its targets use) and entered, the narratives written of those the narrative rule requires, and the
 * submission (accepted, on time, late, not yet, overdue), with totals and the reporting rate; a province's own view for
 * its editors, the national view for reviewers and admins. Also the one lookup of a period and of its narratives.
 * <p>Entry points: {@code CompletenessService}, {@code PeriodNarratives}; {@code web.CompletenessController}.
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "attainment",
            "attainment::rules",
            "province",
            "reporting",
            "support",
            "support::web",
            "tablefile"
        })
package vn.cchc.tracker.completeness;

import org.springframework.modulith.ApplicationModule;
