package vn.cchc.tracker.measurement;

import java.util.List;
import java.util.Optional;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.province.ProvinceUnit;

/**
 * One province's values for one year as the results grid shows them: a row per indicator its targets use (and per
 * indicator it has a value for in that year or the one before), with the stored value and the previous year's.
 *
 * @param unit the unit that carried the code that year, empty if none did (nothing can be entered then)
 */
public record ResultsGrid(
        String provinceCode, Optional<ProvinceUnit> unit, int year, Optional<Approval> approval, List<Row> rows) {

    /** @param targets how many of the province's targets use the indicator */
    public record Row(
            IndicatorSpec indicator, MeasurementSnapshot current, MeasurementSnapshot previous, int targets) {}

    public boolean approved() {
        return approval.isPresent();
    }

    public boolean editable() {
        return unit.isPresent() && approval.isEmpty();
    }
}
