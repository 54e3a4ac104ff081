package vn.cchc.tracker.reporting;

import java.util.List;
import vn.cchc.tracker.support.Violation;

/**
 * Where a province's report of a period stands: a draft (nothing sent yet), submitted for review, returned with a
 * comment (the editors correct it and submit again) or accepted. The transitions are the rules below, in plain Java.
 */
public enum SubmissionState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** The longest review comment the table keeps. */
    public static final int COMMENT_MAX = 2000;

    /** What a step may be refused for, as message keys (the page says which). */
    public enum Step {
        SUBMIT,
        RETURN,
        ACCEPT
    }

    /** Narratives are written while the report is with the province: a draft or a returned report. */
    public boolean withProvince() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the step may be taken from this state. */
    public boolean allows(Step step) {
        return switch (step) {
            case SUBMIT -> withProvince();
            case RETURN, ACCEPT -> this == SUBMITTED;
        };
    }

    /** The state after the step; refused with an {@link IllegalStepException} when this state does not allow it. */
    public SubmissionState after(Step step) {
        if (!allows(step)) {
            throw new IllegalStepException(this, step);
        }
        return switch (step) {
            case SUBMIT -> SUBMITTED;
            case RETURN -> RETURNED;
            case ACCEPT -> ACCEPTED;
        };
    }

    /**
     * Submitting: refused while a target that needs a narrative has none ({@code missing}: their names, as shown).
     */
    public static List<Violation> checkSubmit(List<String> missing) {
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(
                Violation.of("narratives", "reporting.submit.missing", missing.size(), String.join("; ", missing)));
    }

    /** Returning needs a comment saying what to correct, at most {@value #COMMENT_MAX} characters. */
    public static List<Violation> checkReturnComment(String comment) {
        String c = comment == null ? "" : comment.strip();
        if (c.isEmpty()) {
            return List.of(Violation.of("comment", "reporting.return.commentRequired"));
        }
        if (c.length() > COMMENT_MAX) {
            return List.of(Violation.of("comment", "reporting.return.commentLong"));
        }
        return List.of();
    }

    /** Message key of the state's label. */
    public String messageKey() {
        return "reporting.state." + name();
    }

    /** A step the report's state does not allow (submitting an accepted report, accepting a draft). */
    public static class IllegalStepException extends RuntimeException {

        private final SubmissionState state;
        private final Step step;

        public IllegalStepException(SubmissionState state, Step step) {
            super(step + " is not allowed from " + state);
            this.state = state;
            this.step = step;
        }

        public SubmissionState state() {
            return state;
        }

        public Step step() {
            return step;
        }
    }
}
