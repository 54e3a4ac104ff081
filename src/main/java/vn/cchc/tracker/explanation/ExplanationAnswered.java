package vn.cchc.tracker.explanation;

/** Published after a province replied to an explanation request; the reviewer who asked is told. */
public record ExplanationAnswered(
        long requestId, long targetId, String provinceCode, String requestedBy, String repliedBy) {}
