package vn.cchc.tracker.importing;

/** What confirming an import would do to one row. Labels live under {@code import.status.<NAME>}. */
public enum ImportRowStatus {
    /** No result yet for this province, indicator and year: it would be created. */
    NEW,
    /** A result exists and the value, source or note differ: it would be updated. */
    CHANGED,
    /** A result exists with the same value, source and note: nothing to write. */
    UNCHANGED,
    /** The row has problems; while any row has, nothing is written. */
    ERROR
}
