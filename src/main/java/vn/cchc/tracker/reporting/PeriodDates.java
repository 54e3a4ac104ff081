package vn.cchc.tracker.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.tracker.support.Violation;

/**
 * A period's dates as an admin types them (dd/MM/yyyy, or yyyy-MM-dd as a date input sends), checked: the window
 * runs forwards and the report is not due before the window has ended.
 */
public record PeriodDates(LocalDate windowFrom, LocalDate windowTo, LocalDate dueDate) {

    private static final DateTimeFormatter VIETNAMESE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** The dates, or the violations of the fields {@code windowFrom}, {@code windowTo} and {@code dueDate}. */
    public static PeriodDates parse(String windowFrom, String windowTo, String dueDate) {
        List<Violation> violations = new ArrayList<>();
        LocalDate from = date("windowFrom", windowFrom, violations);
        LocalDate to = date("windowTo", windowTo, violations);
        LocalDate due = date("dueDate", dueDate, violations);
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(Violation.of("windowTo", "reporting.period.error.windowBackwards"));
        }
        if (to != null && due != null && due.isBefore(to)) {
            violations.add(Violation.of("dueDate", "reporting.period.error.dueBeforeWindowEnd"));
        }
        vn.cchc.tracker.support.InvalidInputException.throwIfAny(violations);
        return new PeriodDates(from, to, due);
    }

    private static LocalDate date(String field, String text, List<Violation> violations) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            violations.add(Violation.of(field, "reporting.period.error.dateRequired"));
            return null;
        }
        LocalDate d = null;
        try {
            d = t.contains("/") ? LocalDate.parse(t, VIETNAMESE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (d == null || d.getYear() < 1990 || d.getYear() > 2101) {
            violations.add(Violation.of(field, "reporting.period.error.date", abbreviate(t)));
            return null;
        }
        return d;
    }

    private static String abbreviate(String t) {
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }
}
