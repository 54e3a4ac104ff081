package vn.cchc.tracker.backup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.cchc.tracker.backup.RestoreException.PartProblem;
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.support.Violation;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.ProblemKind;
import vn.cchc.tracker.tablefile.TableRecord;

/** Typed access to the fields of one row of a backup's part, each problem recorded on its part, row and column. */
final class BackupFields {

    private final String part;
    private final TableRecord record;
    private final List<PartProblem> problems;

    BackupFields(String part, TableRecord record, List<PartProblem> problems) {
        this.part = part;
        this.record = record;
        this.problems = problems;
    }

    void problem(String column, ProblemKind kind, Object... args) {
        problems.add(new PartProblem(part, TableProblem.at(record.row(), column, kind, args)));
    }

    /** A form's violation, on the column that holds its field ({@code issueDate} is {@code issue_date}). */
    void problem(Violation violation) {
        problem(column(violation.field()), new FormRule(violation), violation.args());
    }

    /** The cell's text; "" when blank. */
    String text(String column) {
        return record.get(column);
    }

    String optional(String column) {
        String v = record.get(column);
        return v.isEmpty() ? null : v;
    }

    String required(String column) {
        String v = optional(column);
        if (v == null) {
            problem(column, RestoreProblem.FIELD_REQUIRED);
        }
        return v;
    }

    Integer integer(String column, boolean required) {
        String v = required ? required(column) : optional(column);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problem(column, RestoreProblem.FIELD_INVALID, v);
            return null;
        }
    }

    BigDecimal decimal(String column) {
        String v = optional(column);
        if (v == null) {
            return null;
        }
        Optional<BigDecimal> d = ValueRules.number(v);
        if (d.isEmpty()) {
            problem(column, RestoreProblem.FIELD_INVALID, v);
        }
        return d.orElse(null);
    }

    LocalDate date(String column, boolean required) {
        String v = required ? required(column) : optional(column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problem(column, RestoreProblem.FIELD_INVALID, v);
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String v = required(column);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(column, RestoreProblem.FIELD_INVALID, v);
            return null;
        }
    }

    /** A form field's column in the backup: {@code issueDate} → {@code issue_date}. */
    static String column(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
