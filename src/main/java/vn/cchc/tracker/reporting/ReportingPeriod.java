package vn.cchc.tracker.reporting;

import java.time.LocalDate;

/** One period of a year: its data window and the date its report is due. */
public record ReportingPeriod(
        long id, int year, PeriodKind kind, LocalDate windowFrom, LocalDate windowTo, LocalDate dueDate, long version) {

    /** Whether the report is overdue on the day (the due date itself is still on time). */
    public boolean overdueOn(LocalDate day) {
        return day.isAfter(dueDate);
    }
}
