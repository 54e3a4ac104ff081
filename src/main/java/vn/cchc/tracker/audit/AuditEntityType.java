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
    /** A provisional value: a value recorded at a period of the year (issue 16), until the yearly result replaces it. */
    PROVISIONAL
}
