package vn.cchc.tracker.completeness;

import java.time.LocalDate;

/**
 * One unit on the board.
 *
 * @param kindKey     message key of the unit's kind ("Tỉnh", "Thành phố")
 * @param submittedOn the day the report was (last) submitted, {@code null} if never
 * @param onTime      whether it reached the reviewers by the due date
 */
public record BoardRow(
        String code,
        String name,
        String kindKey,
        UnitCounts counts,
        SubmissionStatus submission,
        LocalDate submittedOn,
        boolean onTime) {

    /** Narratives still to write. */
    public int narrativesMissing() {
        return counts.narrativesRequired() - counts.narrativesWritten();
    }
}
