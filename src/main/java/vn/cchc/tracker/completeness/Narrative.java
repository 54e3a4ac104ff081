package vn.cchc.tracker.completeness;

/** What a province wrote about a target for a period; any part may be {@code null}, not all of them. */
public record Narrative(long targetId, String assessment, String causes, String nextActions) {}
