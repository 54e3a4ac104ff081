package vn.cchc.tracker.tablefile;

import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Puts a problem into a sentence in the reader's language (Vietnamese by default). */
public final class ImportProblemTexts {

    private final MessageSource messages;

    public ImportProblemTexts(MessageSource messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public String text(ImportProblem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.messageArgs(), problem.messageKey(), locale);
    }

    /** Every problem as {@code {row, column, message}}, in the given order (a preview's is file first, then by row). */
    public List<ImportProblemView> views(List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(p -> new ImportProblemView(p.row(), p.column(), text(p, locale))).toList();
    }
}
