package vn.cchc.tracker.reporting;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The four reports of a year (Công văn 581/BNV-CCHC) with their default data windows and due dates: quarter
 * 15/12 → 14/3, six months 15/12 → 14/6, nine months 15/6 → 14/9, year 15/12 → 14/12, each due by the 20th of the
 * period's last month. A window that starts on 15/12 starts in the previous year. An admin may move the dates of a
 * given year; these are only the defaults.
 */
public enum PeriodKind {
    Q1(true, MonthDay.of(3, 14), MonthDay.of(3, 20)),
    H1(true, MonthDay.of(6, 14), MonthDay.of(6, 20)),
    M9(false, MonthDay.of(9, 14), MonthDay.of(9, 20)),
    YEAR(true, MonthDay.of(12, 14), MonthDay.of(12, 20));

    private static final MonthDay FROM_PREVIOUS_YEAR = MonthDay.of(12, 15);
    private static final MonthDay FROM_MID_YEAR = MonthDay.of(6, 15);

    private final boolean fromPreviousYear;
    private final MonthDay windowEnd;
    private final MonthDay due;

    PeriodKind(boolean fromPreviousYear, MonthDay windowEnd, MonthDay due) {
        this.fromPreviousYear = fromPreviousYear;
        this.windowEnd = windowEnd;
        this.due = due;
    }

    public LocalDate defaultWindowFrom(int year) {
        return fromPreviousYear ? FROM_PREVIOUS_YEAR.atYear(year - 1) : FROM_MID_YEAR.atYear(year);
    }

    public LocalDate defaultWindowTo(int year) {
        return windowEnd.atYear(year);
    }

    public LocalDate defaultDueDate(int year) {
        return due.atYear(year);
    }

    /** Message key of the period's name ("Quý I", "6 tháng", "9 tháng", "Năm"). */
    public String messageKey() {
        return "reporting.period." + name();
    }
}
