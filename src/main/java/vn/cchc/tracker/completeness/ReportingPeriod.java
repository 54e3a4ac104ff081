package vn.cchc.tracker.completeness;

import java.time.LocalDate;
import vn.cchc.tracker.reporting.PeriodKind;

/**
 * A period as stored (an admin may have moved its dates), or with the default calendar's dates when the year has no
 * stored periods yet ({@code id} {@code null}: nothing can have been reported for it).
 */
public record ReportingPeriod(
        Long id, int year, PeriodKind kind, LocalDate windowFrom, LocalDate windowTo, LocalDate dueDate) {

    static ReportingPeriod byDefault(int year, PeriodKind kind) {
        return new ReportingPeriod(
                null, year, kind, kind.defaultWindowFrom(year), kind.defaultWindowTo(year), kind.defaultDueDate(year));
    }

    /** The year's period reports the yearly results; the others provisional values. */
    public boolean yearly() {
        return kind == PeriodKind.YEAR;
    }
}
