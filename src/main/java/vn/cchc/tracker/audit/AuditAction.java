package vn.cchc.tracker.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    APPROVE,
    REOPEN,
    SUBMIT,
    RETURN,
    ACCEPT,
    /** A province answered an explanation request. */
    REPLY
}
