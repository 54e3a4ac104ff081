package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.target.Comparison;

/** Short ways to write targets and measurements in tests. */
public final class Fixtures {

    /** PCI groups, lowest first, as in the reference data. */
    public static final List<String> PCI_LEVELS = List.of("thấp", "tương đối thấp", "trung bình", "khá", "tốt", "rất tốt");

    private Fixtures() {
    }

    public static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    /** {@code numbers(2022, "80.09", 2023, "81.21")}. */
    public static Measurements numbers(Object... yearThenValue) {
        Map<Integer, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < yearThenValue.length; i += 2) {
            values.put((Integer) yearThenValue[i], new BigDecimal((String) yearThenValue[i + 1]));
        }
        return Measurements.ofNumbers(values);
    }

    /** {@code pciLevels(2022, "trung bình", 2023, "khá")}. */
    public static Measurements pciLevels(Object... yearThenLevel) {
        Map<Integer, String> levels = new HashMap<>();
        for (int i = 0; i < yearThenLevel.length; i += 2) {
            levels.put((Integer) yearThenLevel[i], (String) yearThenLevel[i + 1]);
        }
        return Measurements.ofLevels(levels, PCI_LEVELS);
    }

    public static AttainmentTarget target(Comparison comparison, UnitKind unit, String threshold, int deadline) {
        return AttainmentTarget.of(comparison, unit, bd(threshold), deadline);
    }

    public static AttainmentTarget percentAtLeast(String threshold, int deadline) {
        return target(Comparison.AT_LEAST, UnitKind.PERCENT, threshold, deadline);
    }

    /** The worked example: SIPAS ≥ 90% by 2025, measured 80.09 (2022) and 81.21 (2023). */
    public static AttainmentTarget sipasTarget() {
        return percentAtLeast("90", 2025);
    }

    public static Measurements sipasMeasurements() {
        return numbers(2022, "80.09", 2023, "81.21");
    }
}
