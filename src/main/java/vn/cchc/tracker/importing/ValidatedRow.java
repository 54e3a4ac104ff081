package vn.cchc.tracker.importing;

import java.math.BigDecimal;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.measurement.MeasurementChange;
import vn.cchc.tracker.measurement.MeasurementKey;
import vn.cchc.tracker.measurement.Provenance;
import vn.cchc.tracker.province.ProvinceUnit;

/**
 * A row that passed every check: the unit it belongs to in its year, the indicator, and the value in stored form
 * (a number, or the level's Vietnamese name for group indicators), and what the row says of its source's address and of a
 * computation.
 */
public record ValidatedRow(
        int row,
        ProvinceUnit unit,
        IndicatorSpec indicator,
        int year,
        BigDecimal valueNumber,
        String valueLevel,
        String source,
        String note,
        Provenance provenance) {

    public MeasurementKey key() {
        return new MeasurementKey(unit.code(), indicator.code(), year);
    }

    /** The row as the writer takes it, expecting nothing stored. */
    public MeasurementChange change() {
        return new MeasurementChange(
                unit.code(),
                indicator.code(),
                year,
                valueNumber != null ? valueNumber.toPlainString() : valueLevel,
                source,
                note,
                null,
                provenance);
    }
}
