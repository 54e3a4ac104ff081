package vn.cchc.tracker.importexport;

import org.springframework.context.MessageSource;

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
}
