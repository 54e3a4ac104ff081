package vn.cchc.tracker.measurement;

import java.util.List;

/**
 * Some values were changed by someone else since the caller read them. Nothing was written. Each conflict names the
 * change (by its index in the list given to {@link MeasurementWriteService#apply}) and the value stored now
 * ({@code null} if it was deleted), whose version a deliberate re-apply must carry.
 */
public class MeasurementConflictException extends RuntimeException {

    public record Conflict(int index, MeasurementChange change, MeasurementSnapshot current) {
        public Long currentVersion() {
            return current == null ? null : current.version();
        }
    }

    private final transient List<Conflict> conflicts;

    public MeasurementConflictException(List<Conflict> conflicts) {
        super(conflicts.size() + " value(s) changed by someone else");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
