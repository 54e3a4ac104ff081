package vn.cchc.tracker.explanation;

/** Published after a reviewer asked for an explanation; the editors of the target's province are told. */
public record ExplanationRequested(long requestId, long targetId, String provinceCode, int year, String requestedBy) {}
