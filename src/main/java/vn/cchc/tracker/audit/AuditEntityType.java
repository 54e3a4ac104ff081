package vn.cchc.tracker.audit;

public enum AuditEntityType {
    DOCUMENT,
    TARGET,
    MEASUREMENT,
    APPROVAL,
    ACCOUNT,
    /** One import of a results file as a whole: file name, fingerprint, counts (its values have their own rows). */
    IMPORT,
    /** One full-data restore: file name and what it created. */
    RESTORE,
    /** A PDF or image attached to a narrative (evidence): name, type, size and SHA-256, never the bytes. */
    ATTACHMENT,
    /** A reviewer's request for an explanation of a target, and the province's reply. */
    EXPLANATION
}
