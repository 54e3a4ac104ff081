package vn.cchc.tracker.importing;

import java.math.BigDecimal;

import vn.cchc.tracker.measurement.MeasurementKey;

/** A stored yearly result as a preview compares against it, with the version it was read at. */
public record ExistingMeasurement(long id, long version, long provinceId, String provinceCode, String indicatorCode,
                                  int year, BigDecimal valueNumber, String valueLevel, String source, String note) {

    public MeasurementKey key() {
        return new MeasurementKey(provinceCode, indicatorCode, year);
    }
}
