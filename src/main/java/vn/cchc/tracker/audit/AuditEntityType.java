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
    /** A reporting period's data window and due date (reporting cycle). */
    PERIOD,
    /** A province's report of a period: submitted, returned, accepted. */
    SUBMISSION,
    /** A provisional value at a period. */
    PROVISIONAL,
    /** What a province writes about a target for a period. */
    NARRATIVE,
    /** A file attached to a narrative. */
    ATTACHMENT,
    /** A request for an explanation of a target, and its reply. */
    EXPLANATION
}
