package vn.cchc.tracker.evidence;

import java.time.Instant;

/** A stored attachment without its bytes: what the list shows. */
public record Attachment(
        long id,
        long narrativeId,
        String fileName,
        String contentType,
        int sizeBytes,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
