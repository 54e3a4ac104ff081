package vn.cchc.tracker.completeness;

import java.time.LocalDate;

/**
 * Where a unit's report of a period stands on the board, from its submission's state and dates. A returned report
 * is not submitted until it is sent again; a report submitted on its due date is on time.
 */
public enum SubmissionStatus {
    /** Accepted by a reviewer. */
    ACCEPTED,
    /** Submitted (awaiting review) on or before the due date. */
    ON_TIME,
    /** Submitted after the due date. */
    LATE,
    /** Not submitted (no report, a draft, or returned), and the due date has not passed. */
    NOT_YET,
    /** Not submitted and the due date has passed. */
    OVERDUE;

    /**
     * @param state       the submission's state ({@code DRAFT}, {@code SUBMITTED}, {@code RETURNED}, {@code ACCEPTED}),
     *                    {@code null} without one
     * @param submittedOn the day it was (last) submitted, in Vietnam's time zone, {@code null} if never
     * @param due         the period's due date
     * @param today       today, in Vietnam's time zone
     */
    public static SubmissionStatus of(String state, LocalDate submittedOn, LocalDate due, LocalDate today) {
        if ("ACCEPTED".equals(state)) {
            return ACCEPTED;
        }
        if ("SUBMITTED".equals(state)) {
            return submittedOn != null && submittedOn.isAfter(due) ? LATE : ON_TIME;
        }
        return today.isAfter(due) ? OVERDUE : NOT_YET;
    }

    /** Whether a report that reached the reviewers was submitted by the due date ({@code false} for one never sent). */
    public static boolean onTime(String state, LocalDate submittedOn, LocalDate due) {
        return ("SUBMITTED".equals(state) || "ACCEPTED".equals(state))
                && submittedOn != null
                && !submittedOn.isAfter(due);
    }

    /** Whether the report has reached the reviewers (and not been returned). */
    public boolean submitted() {
        return this == ACCEPTED || this == ON_TIME || this == LATE;
    }

    /** The badge's Bootstrap classes; the label says the same in words. */
    public String badgeClass() {
        return switch (this) {
            case ACCEPTED -> "text-bg-success";
            case ON_TIME -> "text-bg-primary";
            case LATE -> "text-bg-warning";
            case NOT_YET -> "text-bg-light border";
            case OVERDUE -> "text-bg-danger";
        };
    }

    /** Message key of the label. */
    public String messageKey() {
        return "completeness.submission." + name();
    }
}
