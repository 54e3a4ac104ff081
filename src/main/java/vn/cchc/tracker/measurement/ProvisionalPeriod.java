package vn.cchc.tracker.measurement;

import java.time.LocalDate;

/**
 * A period of a year that takes provisional values: the first quarter, six months or nine months (a row of
 * {@code reporting_period}; the year's own period takes the yearly result instead).
 *
 * @param kind {@code Q1}, {@code H1} or {@code M9}
 */
public record ProvisionalPeriod(
        long id, int year, String kind, LocalDate windowFrom, LocalDate windowTo, LocalDate dueDate) {

    /** Message key of the period's name ("Quý I", "6 tháng", "9 tháng"). */
    public String messageKey() {
        return "reporting.period." + kind;
    }
}
