package vn.cchc.tracker.reporting;

import java.time.Instant;

/** What a province wrote about a target for a period. */
public record Narrative(
        long id,
        long periodId,
        long targetId,
        String assessment,
        String causes,
        String nextActions,
        String updatedBy,
        Instant updatedAt,
        long version) {}
