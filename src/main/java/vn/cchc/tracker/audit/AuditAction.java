package vn.cchc.tracker.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    APPROVE,
    REOPEN,
    /** A province answered an explanation request. */
    REPLY
}
