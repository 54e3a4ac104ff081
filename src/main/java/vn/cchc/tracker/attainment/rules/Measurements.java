package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The yearly measurements of one indicator in one province, sorted by year: numbers, or group levels together
 * with the indicator's ordered levels (lowest first). Immutable and safe to share between threads, so one
 * instance can serve every target of its province and indicator.
 */
public final class Measurements {

    private static final int[] NO_YEARS = new int[0];
    private static final Measurements EMPTY =
            new Measurements(NO_YEARS, null, null, null, List.of(), Map.of(), Map.of());

    private final int[] years;
    private final BigDecimal[] numbers;
    private final String[] levelValues;
    private final int[] levelPositions;
    private final List<String> levels;
    private final Map<String, Integer> positionByLevel;
    private final Map<Integer, String> provisionalPeriods;

    private Measurements(
            int[] years,
            BigDecimal[] numbers,
            String[] levelValues,
            int[] levelPositions,
            List<String> levels,
            Map<String, Integer> positionByLevel,
            Map<Integer, String> provisionalPeriods) {
        this.years = years;
        this.numbers = numbers;
        this.levelValues = levelValues;
        this.levelPositions = levelPositions;
        this.levels = levels;
        this.positionByLevel = positionByLevel;
        this.provisionalPeriods = provisionalPeriods;
    }

    /** A series without any measurement; usable with any target. */
    public static Measurements empty() {
        return EMPTY;
    }

    /** A numeric series from years in ascending order and their values (not copied: the caller hands them over). */
    public static Measurements ofSortedNumbers(int[] years, BigDecimal[] values) {
        for (int i = 0; i < years.length; i++) {
            if (i > 0 && years[i] <= years[i - 1]) {
                throw new IllegalArgumentException("years must ascend: " + Arrays.toString(years));
            }
            int year = years[i];
            Objects.requireNonNull(values[i], () -> "value of " + year);
        }
        return new Measurements(years, values, null, null, List.of(), Map.of(), Map.of());
    }

    /**
     * A group series: year → level name, with the indicator's level names ordered lowest first. A measured
     * level that is not in {@code orderedLevels} is kept, and makes a judgement on it {@link AttainmentReason#UNKNOWN_LEVEL}.
     * Level names match exactly or, failing that, ignoring case, surrounding blanks and Unicode composition.
     */
    public static Measurements ofLevels(Map<Integer, String> levelByYear, List<String> orderedLevels) {
        Objects.requireNonNull(levelByYear, "levelByYear");
        List<String> levels = List.copyOf(orderedLevels);
        Map<String, Integer> positions = new HashMap<>(levels.size() * 4);
        for (int p = levels.size(); p >= 1; p--) { // lowest position wins on clashes of the lenient form
            String name = levels.get(p - 1);
            positions.put(lenient(name), p);
        }
        for (int p = 1; p <= levels.size(); p++) {
            positions.put(levels.get(p - 1), p);
        }
        TreeMap<Integer, String> sorted = new TreeMap<>(levelByYear);
        int[] years = new int[sorted.size()];
        String[] values = new String[sorted.size()];
        int[] valuePositions = new int[sorted.size()];
        int i = 0;
        for (Map.Entry<Integer, String> e : sorted.entrySet()) {
            years[i] = e.getKey();
            values[i] = Objects.requireNonNull(e.getValue(), () -> "level of " + e.getKey());
            valuePositions[i] = lookUp(positions, values[i]);
            i++;
        }
        return new Measurements(years, null, values, valuePositions, levels, Map.copyOf(positions), Map.of());
    }

    /**
     * The same values, of which those of the given years are provisional ({@link ProvisionalValues}): each year's
     * value stands in for a yearly result not there yet, recorded at the named period.
     *
     * @param periodByYear year → period kind ({@code Q1}, {@code H1}, {@code M9}); every year must be measured here
     */
    public Measurements withProvisional(Map<Integer, String> periodByYear) {
        if (periodByYear.isEmpty()) {
            return this;
        }
        periodByYear.keySet().forEach(year -> {
            if (indexOf(year) < 0) {
                throw new IllegalArgumentException("no value of " + year + " to mark provisional");
            }
        });
        return new Measurements(
                years, numbers, levelValues, levelPositions, levels, positionByLevel, Map.copyOf(periodByYear));
    }

    /** The period whose provisional value is the measurement of {@code year}, or {@code null} for a yearly result. */
    public String provisionalPeriodIn(int year) {
        return provisionalPeriods.get(year);
    }

    /** Whether this is a series of group levels (an empty series is neither kind). */
    public boolean isGroup() {
        return levelValues != null;
    }

    /** Whether this is a series of numbers (an empty series is neither kind). */
    public boolean isNumeric() {
        return numbers != null;
    }

    public boolean isEmpty() {
        return years.length == 0;
    }

    public int size() {
        return years.length;
    }

    /** Year of the i-th measurement, oldest first. */
    public int yearAt(int index) {
        return years[index];
    }

    /** Value of the i-th measurement of a numeric series. */
    public BigDecimal numberAt(int index) {
        return numbers[index];
    }

    /** Level of the i-th measurement of a group series. */
    public String levelAt(int index) {
        return levelValues[index];
    }

    /** The 1-based position of the i-th measurement's level among the ordered levels, 0 when unknown. */
    public int levelPositionAt(int index) {
        return levelPositions[index];
    }

    /** The indicator's ordered levels, lowest first (empty for numeric series). */
    public List<String> levels() {
        return levels;
    }

    /** The 1-based position of a level name among the ordered levels (1 = lowest), or 0 when it is not one. */
    public int positionOf(String level) {
        return level == null ? 0 : lookUp(positionByLevel, level);
    }

    /** Index of the latest measurement in or before {@code year}, or −1 when there is none. */
    public int indexAtOrBefore(int year) {
        int i = Arrays.binarySearch(years, year);
        return i >= 0 ? i : -i - 2;
    }

    /** Index of the measurement of exactly {@code year}, or −1. */
    public int indexOf(int year) {
        int i = Arrays.binarySearch(years, year);
        return i >= 0 ? i : -1;
    }

    /** The measured number of {@code year}, or {@code null}. */
    public BigDecimal numberIn(int year) {
        int i = indexOf(year);
        return i < 0 || numbers == null ? null : numbers[i];
    }

    private static int lookUp(Map<String, Integer> positions, String level) {
        Integer p = positions.get(level);
        if (p == null) {
            p = positions.get(lenient(level));
        }
        return p == null ? 0 : p;
    }

    private static String lenient(String level) {
        return Normalizer.normalize(level.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Measurements{");
        for (int i = 0; i < years.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(years[i]).append('=').append(numbers != null ? numbers[i].toPlainString() : levelValues[i]);
        }
        if (!levels.isEmpty()) {
            sb.append("; levels=").append(levels);
        }
        if (!provisionalPeriods.isEmpty()) {
            sb.append("; provisional=").append(new TreeMap<>(provisionalPeriods));
        }
        return sb.append('}').toString();
    }
}
