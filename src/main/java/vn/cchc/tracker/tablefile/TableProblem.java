package vn.cchc.tracker.tablefile;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with an uploaded file, where the user can find it: the row as a spreadsheet shows it (the
 * header is row 1) and the column by its header name. File-level problems have neither.
 *
 * @param row    1-based row, or {@code null} for the whole file
 * @param column the column's header name (or, for a column without one, its 1-based position), or {@code null}
 * @param type   what is wrong; its sentence is the message key {@link ProblemKind#messageKey()}
 * @param args   the problem's arguments, already as text (so no locale formats a year as “2.024”); the sentence
 *               takes them as they are unless its kind says otherwise ({@link ProblemKind#messageArgs})
 */
public record TableProblem(Integer row, String column, ProblemKind type, List<String> args) {

    public TableProblem {
        Objects.requireNonNull(type, "type");
        args = List.copyOf(args);
    }

    public static TableProblem ofFile(ProblemKind type, Object... args) {
        return new TableProblem(null, null, type, texts(args));
    }

    public static TableProblem at(int row, String column, ProblemKind type, Object... args) {
        return new TableProblem(row, column, type, texts(args));
    }

    public String messageKey() {
        return type.messageKey();
    }

    public Object[] messageArgs() {
        return type.messageArgs(args);
    }

    private static List<String> texts(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}
