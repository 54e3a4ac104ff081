package vn.cchc.tracker.explanation;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.tracker.support.FormFields;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.Violation;

/**
 * The rules of an explanation request, in plain Java: a question of at most {@value #QUESTION_MAX} characters for a
 * year the application knows; one reply of at most {@value #REPLY_MAX} characters, only while the request is open.
 */
public final class ExplanationRules {

    public static final int QUESTION_MAX = 2000;
    public static final int REPLY_MAX = 4000;

    private ExplanationRules() {}

    /** The question as stored (stripped); throws with the violations next to "question" and "year". */
    public static Question question(String questionText, String yearText) {
        List<Violation> violations = new ArrayList<>();
        Integer year = FormFields.year(violations, "year", yearText, true);
        String question = FormFields.required(violations, "question", questionText, QUESTION_MAX);
        InvalidInputException.throwIfAny(violations);
        return new Question(question, year);
    }

    /** The reply as stored (stripped); a request already answered takes no second reply. */
    public static String reply(ExplanationState state, String replyText) {
        if (state == ExplanationState.ANSWERED) {
            throw new InvalidInputException(List.of(Violation.of("reply", "explanation.error.alreadyAnswered")));
        }
        List<Violation> violations = new ArrayList<>();
        String reply = FormFields.required(violations, "reply", replyText, REPLY_MAX);
        InvalidInputException.throwIfAny(violations);
        return reply;
    }

    public record Question(String text, int year) {}
}
