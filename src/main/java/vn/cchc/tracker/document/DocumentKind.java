package vn.cchc.tracker.document;

/** Nghị quyết, chương trình hành động, quyết định, kế hoạch, báo cáo. */
public enum DocumentKind {
    RESOLUTION,
    ACTION_PROGRAMME,
    DECISION,
    PLAN,
    REPORT
}
