package vn.cchc.tracker.measurement;

import java.util.List;
import java.util.Optional;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.province.ProvinceUnit;

/**
 * One province's provisional values at one period, as the provisional entry page shows them: a row per indicator its
 * targets use (and per indicator it has a provisional value for at the period), with the value stored at the period
 * and the year's yearly result where there is one already (it replaces the provisional value for attainment).
 *
 * @param unit    the unit that carried the code in the period's year, empty if none did (nothing can be entered)
 * @param periods the year's periods that take provisional values, for moving between them
 */
public record ProvisionalGrid(
        String provinceCode,
        Optional<ProvinceUnit> unit,
        ProvisionalPeriod period,
        List<ProvisionalPeriod> periods,
        Optional<Approval> approval,
        List<Row> rows) {

    /**
     * @param current the provisional value stored at the period, or {@code null}
     * @param yearly  the year's yearly result, or {@code null}
     * @param targets how many of the province's targets use the indicator
     */
    public record Row(IndicatorSpec indicator, MeasurementSnapshot current, MeasurementSnapshot yearly, int targets) {}

    public int year() {
        return period.year();
    }

    public boolean approved() {
        return approval.isPresent();
    }

    public boolean editable() {
        return unit.isPresent() && approval.isEmpty();
    }
}
