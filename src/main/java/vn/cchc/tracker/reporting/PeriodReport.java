package vn.cchc.tracker.reporting;

import java.util.List;
import java.util.Locale;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.province.ProvinceProfile;

/**
 * A province's report of a period: the period, the unit that carried the code in its year, the report's state, and
 * every goal of the province judged in that year with its narrative (each goal once, its narrative kept under the
 * goal's first target, {@link TargetAttainment#goalId()}).
 */
public record PeriodReport(
        ReportingPeriod period, ProvinceProfile profile, long unitId, Submission submission, List<Row> rows) {

    /** A goal, its narrative if written, and whether {@link NarrativeRule} requires one. */
    public record Row(TargetAttainment attainment, Narrative narrative, boolean required) {

        public long targetId() {
            return attainment.target().targetId();
        }

        public boolean missing() {
            return required && narrative == null;
        }
    }

    public String code() {
        return profile.code();
    }

    /** The goals that need a narrative and have none, as the page names them. */
    public List<String> missing(Locale locale) {
        return rows.stream().filter(Row::missing).map(r -> name(r, locale)).toList();
    }

    public long requiredCount() {
        return rows.stream().filter(Row::required).count();
    }

    public long writtenCount() {
        return rows.stream().filter(r -> r.narrative() != null).count();
    }

    /** The row of a goal's target; {@code null} if the target is no goal of the report. */
    public Row row(long targetId) {
        return rows.stream().filter(r -> r.targetId() == targetId).findFirst().orElse(null);
    }

    /** "SIPAS — 20-NQ/TU": the indicator and the documents that set the goal. */
    public static String name(Row row, Locale locale) {
        return row.attainment().target().indicatorName(locale) + " — "
                + row.attainment().documentNumbers();
    }
}
