package vn.cchc.tracker.measurement;

import java.time.Instant;

/** An approved province-year: who approved it and when. */
public record Approval(String provinceCode, int year, String approvedBy, Instant approvedAt) {}
