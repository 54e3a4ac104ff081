package vn.cchc.tracker.support;

import java.util.List;

/**
 * The checks every form shares for a text field, said as {@link Violation}s next to the field: required or optional
 * text with a maximum length, and a year in the range the application knows. Plain Java; a field with a violation
 * gives {@code null}.
 */
public final class FormFields {

    private FormFields() {}

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The stripped text, or {@code null} with "required" or "too long". */
    public static String required(List<Violation> violations, String field, String text, int maxLength) {
        if (blank(text)) {
            violations.add(Violation.of(field, "form.error.required"));
            return null;
        }
        return optional(violations, field, text, maxLength);
    }

    /** The stripped text, {@code null} when blank, or {@code null} with "too long". */
    public static String optional(List<Violation> violations, String field, String text, int maxLength) {
        if (blank(text)) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            violations.add(Violation.of(field, "form.error.tooLong", maxLength));
            return null;
        }
        return stripped;
    }

    /** A year between {@link EvaluationYears#FIRST} and {@link EvaluationYears#LAST}; blank is "required" if it is. */
    public static Integer year(List<Violation> violations, String field, String text, boolean required) {
        if (blank(text)) {
            if (required) {
                violations.add(Violation.of(field, "form.error.required"));
            }
            return null;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (EvaluationYears.isValid(year)) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(Violation.of(field, "form.error.year", EvaluationYears.FIRST, EvaluationYears.LAST));
        return null;
    }
}
