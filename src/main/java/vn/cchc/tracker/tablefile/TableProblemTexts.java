package vn.cchc.tracker.tablefile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;

/** Puts a problem into a sentence in the reader's language (Vietnamese by default). */
public final class TableProblemTexts {

    private final MessageSource messages;

    public TableProblemTexts(MessageSource messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public String text(TableProblem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.messageArgs(), problem.messageKey(), locale);
    }

    /** Every problem as {@code {row, column, message}}, in the given order (a preview's is file first, then by row). */
    public List<TableProblemView> views(List<TableProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new TableProblemView(p.row(), p.column(), text(p, locale)))
                .toList();
    }
}
