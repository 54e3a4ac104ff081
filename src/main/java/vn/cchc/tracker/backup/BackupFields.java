package vn.cchc.tracker.backup;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.cchc.tracker.backup.RestoreException.PartProblem;
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.support.Violation;
import vn.cchc.tracker.tablefile.ProblemKind;
import vn.cchc.tracker.tablefile.TableProblem;
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
        return parsed(column, required, Integer::valueOf);
    }

    /** A decimal as the value grammar reads a plain number ({@link ValueRules#number}). */
    BigDecimal decimal(String column) {
        return parsed(column, false, v -> ValueRules.number(v).orElseThrow(IllegalArgumentException::new));
    }

    LocalDate date(String column, boolean required) {
        return parsed(column, required, LocalDate::parse);
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        return parsed(column, true, v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
    }

    /** The cell read by {@code parse}; blank is {@code null} (a problem if required), unreadable a problem. */
    private <T> T parsed(String column, boolean required, Function<String, T> parse) {
        String v = required ? required(column) : optional(column);
        if (v == null) {
            return null;
        }
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException | DateTimeException e) {
            problem(column, RestoreProblem.FIELD_INVALID, v);
            return null;
        }
    }

    /** A form field's column in the backup: {@code issueDate} → {@code issue_date}. */
    static String column(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
