package vn.cchc.tracker.support;

/**
 * Someone else changed (or deleted) a record since the user loaded it: the version the form carried is not the
 * current one. Nothing was written; {@code current} is the record as it is now ({@code null} if it was deleted),
 * so the page can show it and let the user re-apply their change deliberately.
 */
public class StaleDataException extends RuntimeException {

    private final transient Object current;
    private final long currentVersion;

    public StaleDataException(Object current, long currentVersion) {
        super("stale version; current version is " + currentVersion);
        this.current = current;
        this.currentVersion = currentVersion;
    }

    public Object current() {
        return current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
