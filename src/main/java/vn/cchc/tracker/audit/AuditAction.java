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
    REPLY
}
