package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.target.Comparison;

/** Short ways to write targets and measurements in tests. */
public final class Fixtures {

    /** PCI groups, lowest first, as in the reference data. */
    public static final List<String> PCI_LEVELS =
            List.of("thấp", "tương đối thấp", "trung bình", "khá", "tốt", "rất tốt");

    private Fixtures() {}

    public static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    /** {@code numbers(2022, "80.09", 2023, "81.21")}. */
    public static Measurements numbers(Object... yearThenValue) {
        Map<Integer, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < yearThenValue.length; i += 2) {
            values.put((Integer) yearThenValue[i], new BigDecimal((String) yearThenValue[i + 1]));
        }
        return numbers(values);
    }

    /** A numeric series from year → value in any order. */
    public static Measurements numbers(Map<Integer, BigDecimal> valueByYear) {
        TreeMap<Integer, BigDecimal> sorted = new TreeMap<>(valueByYear);
        int[] years = sorted.keySet().stream().mapToInt(Integer::intValue).toArray();
        return Measurements.ofSortedNumbers(years, sorted.values().toArray(BigDecimal[]::new));
    }

    /** {@code pciLevels(2022, "trung bình", 2023, "khá")}. */
    public static Measurements pciLevels(Object... yearThenLevel) {
        Map<Integer, String> levels = new HashMap<>();
        for (int i = 0; i < yearThenLevel.length; i += 2) {
            levels.put((Integer) yearThenLevel[i], (String) yearThenLevel[i + 1]);
        }
        return Measurements.ofLevels(levels, PCI_LEVELS);
    }

    /** A numeric target (any comparison but {@code GROUP_AT_LEAST}) without a baseline. */
    public static AttainmentTarget target(Comparison comparison, UnitKind unit, String threshold, int deadline) {
        return new AttainmentTarget(comparison, unit, bd(threshold), null, deadline, null, null);
    }

    /** A group target: the level named (or a better one) by the deadline. */
    public static AttainmentTarget groupAtLeast(String level, int deadline) {
        return new AttainmentTarget(Comparison.GROUP_AT_LEAST, UnitKind.GROUP, null, level, deadline, null, null);
    }

    /** At most {@code baseline × (1 − percent/100)} by the deadline; {@code baselineValue} may be {@code null}. */
    public static AttainmentTarget reduceByPercent(
            UnitKind unit, BigDecimal percent, int baselineYear, BigDecimal baselineValue, int deadline) {
        return new AttainmentTarget(
                Comparison.REDUCE_BY_PERCENT, unit, percent, null, deadline, baselineYear, baselineValue);
    }

    /** {@code target} with a baseline year and (optional) documented baseline value. */
    public static AttainmentTarget withBaseline(AttainmentTarget target, int year, BigDecimal value) {
        return new AttainmentTarget(
                target.comparison(),
                target.unitKind(),
                target.thresholdValue(),
                target.thresholdLevel(),
                target.deadlineYear(),
                year,
                value);
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
