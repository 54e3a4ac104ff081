package vn.cchc.tracker.reporting;

import java.time.Instant;

/**
 * A province's report of a period as it stands; a report nobody has submitted yet is a draft without an id.
 *
 * @param version what a form sends back so a step on a report that changed meanwhile is refused: 0 for a draft
 *     nobody submitted yet, from 1 once stored
 */
public record Submission(
        Long id,
        long periodId,
        SubmissionState state,
        String submittedBy,
        Instant submittedAt,
        String reviewedBy,
        Instant reviewedAt,
        String reviewComment,
        long version) {

    static Submission draft(long periodId) {
        return new Submission(null, periodId, SubmissionState.DRAFT, null, null, null, null, null, 0);
    }
}
