package vn.cchc.tracker.measurement;

/** What one call of {@link MeasurementWriteService#apply} did. */
public record ApplyResult(int created, int updated, int deleted, int unchanged) {

    public int written() {
        return created + updated + deleted;
    }
}
