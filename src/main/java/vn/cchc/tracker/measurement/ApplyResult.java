package vn.cchc.tracker.measurement;

import java.io.Serializable;

/** What one call of {@link MeasurementWriteService#apply} did; flashed to the next page, so kept in the shared session. */
public record ApplyResult(int created, int updated, int deleted, int unchanged) implements Serializable {

    public int written() {
        return created + updated + deleted;
    }
}
