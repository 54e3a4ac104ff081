package vn.cchc.tracker.completeness;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.tracker.reporting.PeriodKind;

/**
 * The completeness board of one period: a row per unit expected to report, and the totals.
 *
 * @param period the period's year, kind, data window and due date
 * @param rows   in the chosen order
 */
public record Board(ReportingPeriod period, BoardSort sort, List<BoardRow> rows, BoardTotals totals) {

    public int year() {
        return period.year();
    }

    public PeriodKind kind() {
        return period.kind();
    }

    public LocalDate due() {
        return period.dueDate();
    }
}
