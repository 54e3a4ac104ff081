package vn.cchc.tracker.completeness;

import java.util.List;

/**
 * The totals row: the counts summed, and the reporting rate as DHIS2 gives it: reports submitted (accepted included)
 * and submitted on time, of the units expected to report.
 */
public record BoardTotals(
        int units, UnitCounts counts, int submitted, int onTime, int accepted, int late, int overdue, int notYet) {

    public static BoardTotals of(List<BoardRow> rows) {
        UnitCounts counts = UnitCounts.NONE;
        int submitted = 0;
        int onTime = 0;
        int[] byStatus = new int[SubmissionStatus.values().length];
        for (BoardRow row : rows) {
            counts = counts.plus(row.counts());
            if (row.submission().submitted()) {
                submitted++;
            }
            if (row.onTime()) {
                onTime++;
            }
            byStatus[row.submission().ordinal()]++;
        }
        return new BoardTotals(
                rows.size(),
                counts,
                submitted,
                onTime,
                byStatus[SubmissionStatus.ACCEPTED.ordinal()],
                byStatus[SubmissionStatus.LATE.ordinal()],
                byStatus[SubmissionStatus.OVERDUE.ordinal()],
                byStatus[SubmissionStatus.NOT_YET.ordinal()]);
    }

    /** Reports submitted of units expected, in percent, rounded half up; 0 without units. */
    public int submittedPercent() {
        return percent(submitted, units);
    }

    /** Reports submitted on time of units expected, in percent, rounded half up; 0 without units. */
    public int onTimePercent() {
        return percent(onTime, units);
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }
}
