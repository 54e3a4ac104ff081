package vn.cchc.tracker.audit;

public enum AuditEntityType {
    DOCUMENT, TARGET, MEASUREMENT, APPROVAL, ACCOUNT
}
