package vn.cchc.tracker.attainment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.cchc.tracker.attainment.rules.Measurements;
import vn.cchc.tracker.attainment.rules.ProvisionalValues;
import vn.cchc.tracker.attainment.rules.ProvisionalValues.Provisional;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.indicator.GroupLevel;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.support.KeyHashes;
import vn.cchc.tracker.target.Comparison;

/**
 * Loads what evaluating targets needs in four statements, whatever the number of targets: the units and the
 * indicator catalogue with its levels (small, from the one catalogue snapshot), the targets, and the measurements
 * (yearly and provisional in one).
 * The two big statements carry ids and codes only, no joins: names come from the small ones, so 20,000 targets do
 * not bring 20,000 copies of their province's and indicator's names, and 140,000 values need no sort or join in
 * PostgreSQL. Measurements are keyed by series ({@link ProvinceUnits#seriesStart}): a unit continued on the same
 * territory under another name or kind (Thừa Thiên Huế → Huế) keeps one series; a unit formed by a merger under an
 * old code (the Lâm Đồng of 01/07/2025) starts its own.
 */
@Repository
class AttainmentQuery {

    private static final String TARGETS = """
            select t.id, t.document_id, d.number, d.issue_date, d.province_id, t.position, t.indicator_code,
                   t.indicator_kind, t.comparison, t.threshold_value, t.threshold_level, t.deadline_year, t.baseline_year,
                   t.baseline_value, t.scope_note, t.sentence, t.source
            from target t
              join document d on d.id = t.document_id
            where (cast(:code as varchar) is null or d.province_id in (select id from province where code = :code))""";

    /**
     * Yearly values, then the provisional ones with their period (issue 16) in the same statement: a province's own
     * only, so a provisional score never ranks anyone in a national table.
     */
    private static final String MEASUREMENTS = """
            select m.province_id, m.indicator_code, m.year, m.value_number, m.value_level,
                   cast(null as varchar) as period, cast(null as date) as window_to
            from measurement m
            where (cast(:code as varchar) is null or m.province_id in (select id from province where code = :code)
                   or m.indicator_code = any(string_to_array(:national, ',')))
            union all
            select pm.province_id, pm.indicator_code, rp.year, pm.value_number, pm.value_level, rp.kind, rp.window_to
            from provisional_measurement pm
              join reporting_period rp on rp.id = pm.period_id
            where (cast(:code as varchar) is null or pm.province_id in (select id from province where code = :code))""";

    /** The same values of some units only (their ids: the indexes on {@code province_id} serve). */
    private static final String MEASUREMENTS_OF_UNITS = """
            select m.province_id, m.indicator_code, m.year, m.value_number, m.value_level,
                   cast(null as varchar) as period, cast(null as date) as window_to
            from measurement m
            where m.province_id = any(cast(string_to_array(:units, ',') as bigint[]))
            union all
            select pm.province_id, pm.indicator_code, rp.year, pm.value_number, pm.value_level, rp.kind, rp.window_to
            from provisional_measurement pm
              join reporting_period rp on rp.id = pm.period_id
            where pm.province_id = any(cast(string_to_array(:units, ',') as bigint[]))""";

    /** Province, then the document's issue date, then the target's place in its document. */
    private static final Comparator<Placed> DOCUMENT_ORDER = Comparator.comparing(
                    (Placed p) -> p.row().provinceCode())
            .thenComparing(Placed::issueDate)
            .thenComparingLong(p -> p.row().documentId())
            .thenComparingInt(Placed::position)
            .thenComparingLong(p -> p.row().targetId());

    private final NamedParameterJdbcTemplate jdbc;
    private final ProvinceService provinces;
    private final IndicatorService indicators;

    AttainmentQuery(NamedParameterJdbcTemplate jdbc, ProvinceService provinces, IndicatorService indicators) {
        this.jdbc = jdbc;
        this.provinces = provinces;
        this.indicators = indicators;
    }

    /** Every administrative unit, with successors (one statement). */
    ProvinceUnits units() {
        return provinces.units();
    }

    /** The key of the series a unit's results belong to: the first unit of its continuation. */
    static String seriesOf(ProvinceUnits units, ProvinceUnit unit) {
        return Long.toString(units.seriesStart(unit).id());
    }

    /** The catalogue: names and reform areas, and the ordered levels of group indicators (one statement). */
    Catalogue catalogue() {
        Map<String, IndicatorNames> names = new HashMap<>();
        Map<String, LinkedHashMap<String, String>> levels = new HashMap<>();
        for (IndicatorSpec indicator : indicators.snapshot().all()) {
            names.put(
                    indicator.code(),
                    new IndicatorNames(indicator.nameVi(), indicator.nameEn(), indicator.reformAreaCode()));
            for (GroupLevel level : indicator.levels()) {
                levels.computeIfAbsent(indicator.code(), k -> new LinkedHashMap<>())
                        .put(level.nameVi(), level.nameEn());
            }
        }
        return new Catalogue(names, levels);
    }

    /** The targets, by province code, then in each document's order (sorted here: cheaper than in PostgreSQL). */
    List<TargetRow> targets(String provinceCode, ProvinceUnits units, Map<String, IndicatorNames> indicators) {
        // columns by position: 20,000 rows × 17 columns, a lookup by name each would cost a third of the mapping
        List<Placed> placed = jdbc.query(TARGETS, new MapSqlParameterSource("code", provinceCode), (rs, n) -> {
            ProvinceUnit unit = units.byId(rs.getLong(5)).orElseThrow();
            String indicatorCode = rs.getString(7);
            IndicatorNames names = indicators.get(indicatorCode);
            return new Placed(
                    new TargetRow(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            unit.code(),
                            unit.nameVi(),
                            indicatorCode,
                            names.nameVi(),
                            names.nameEn(),
                            names.reformAreaCode(),
                            UnitKind.valueOf(rs.getString(8)),
                            Comparison.valueOf(rs.getString(9)),
                            rs.getBigDecimal(10),
                            rs.getString(11),
                            rs.getInt(12),
                            (Integer) rs.getObject(13),
                            rs.getBigDecimal(14),
                            rs.getString(15),
                            rs.getString(16),
                            rs.getString(17),
                            unit.id()),
                    rs.getObject(4, LocalDate.class),
                    rs.getInt(6));
        });
        placed.sort(DOCUMENT_ORDER);
        List<TargetRow> rows = new ArrayList<>(placed.size());
        placed.forEach(p -> rows.add(p.row()));
        return rows;
    }

    /** The targets with their indicators' names and reform areas taken again from a changed catalogue. */
    static List<TargetRow> renamed(List<TargetRow> targets, Map<String, IndicatorNames> indicators) {
        List<TargetRow> renamed = new ArrayList<>(targets.size());
        for (TargetRow t : targets) {
            IndicatorNames names = indicators.get(t.indicatorCode());
            renamed.add(new TargetRow(
                    t.targetId(),
                    t.documentId(),
                    t.documentNumber(),
                    t.provinceCode(),
                    t.provinceName(),
                    t.indicatorCode(),
                    names.nameVi(),
                    names.nameEn(),
                    names.reformAreaCode(),
                    t.unitKind(),
                    t.comparison(),
                    t.thresholdValue(),
                    t.thresholdLevel(),
                    t.deadlineYear(),
                    t.baselineYear(),
                    t.baselineValue(),
                    t.scopeNote(),
                    t.sentence(),
                    t.source(),
                    t.unitId()));
        }
        return renamed;
    }

    /**
     * Raw yearly values of the given indicators by (series, indicator code); numbers and levels are kept apart
     * by the caller. When two units of one series (Thừa Thiên Huế, then Huế) both reported a year, the newer
     * unit's value wins ({@link ProvinceUnit#isNewerThan}), as the newer unit is the one that carried the code.
     * The provisional values come apart, by series too: {@link ProvisionalValues} decides which of them count.
     *
     * @param national indicators whose values of every unit come too, in the same statement (the scores whose
     *                 national tables ranks and groups are computed from)
     */
    Values measurements(String provinceCode, ProvinceUnits units, Set<String> indicators, Set<String> national) {
        MapSqlParameterSource params = new MapSqlParameterSource("code", provinceCode)
                .addValue("national", national.isEmpty() ? null : String.join(",", national));
        return measurements(MEASUREMENTS, params, units, indicators);
    }

    /**
     * The values of the given indicators of some units only, every one of them (as {@link #measurements} reads them
     * for every province): the units whose values a write touched.
     */
    Values measurementsOfUnits(Collection<Long> unitIds, ProvinceUnits units, Set<String> indicators) {
        StringJoiner ids = new StringJoiner(",");
        unitIds.forEach(id -> ids.add(id.toString()));
        return measurements(
                MEASUREMENTS_OF_UNITS, new MapSqlParameterSource("units", ids.toString()), units, indicators);
    }

    private Values measurements(String sql, MapSqlParameterSource params, ProvinceUnits units, Set<String> indicators) {
        Map<Long, String> seriesByUnit = new HashMap<>();
        Map<SeriesKey, YearValues> series = new HashMap<>();
        Map<SeriesKey, List<Provisional>> provisional = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            String indicatorCode = rs.getString(2);
            if (!indicators.contains(indicatorCode)) {
                return;
            }
            ProvinceUnit unit = units.byId(rs.getLong(1)).orElseThrow();
            BigDecimal number = rs.getBigDecimal(4);
            Object value = number != null ? number : rs.getString(5);
            String seriesKey = seriesByUnit.computeIfAbsent(unit.id(), id -> seriesOf(units, unit));
            SeriesKey key = new SeriesKey(seriesKey, indicatorCode);
            String period = rs.getString(6);
            if (period == null) {
                series.computeIfAbsent(key, k -> new YearValues()).put(rs.getInt(3), value, unit);
            } else {
                provisional
                        .computeIfAbsent(key, k -> new ArrayList<>(3))
                        .add(new Provisional(rs.getInt(3), period, rs.getObject(7, LocalDate.class), value));
            }
        });
        return new Values(series, provisional);
    }

    /**
     * @param yearly      yearly values by series
     * @param provisional provisional values by series, every one recorded (not yet sorted out)
     */
    record Values(Map<SeriesKey, YearValues> yearly, Map<SeriesKey, List<Provisional>> provisional) {}

    /**
     * One series' values as they arrive, in arrays (a series has a few dozen years at most): cheaper than a sorted
     * map for 140,000 values. Of two units under one code reporting the same year, the newer unit's value stays.
     */
    static final class YearValues {
        private int[] years = new int[16];
        private Object[] values = new Object[16];
        private ProvinceUnit[] formerUnits; // only once a former unit's value arrives: null means the unit in force
        private Map<Integer, String> provisionalPeriods = Map.of();
        private int size;

        /** A copy to fill in ({@link #putComputed}, {@link #putProvisional}), leaving these values as read. */
        YearValues copy() {
            YearValues copy = new YearValues();
            copy.years = Arrays.copyOf(years, years.length);
            copy.values = Arrays.copyOf(values, values.length);
            copy.formerUnits = formerUnits == null ? null : Arrays.copyOf(formerUnits, formerUnits.length);
            copy.provisionalPeriods = provisionalPeriods.isEmpty() ? Map.of() : new HashMap<>(provisionalPeriods);
            copy.size = size;
            return copy;
        }

        void put(int year, Object value, ProvinceUnit unit) {
            ProvinceUnit former = unit == null || unit.inForce() ? null : unit;
            for (int i = 0; i < size; i++) {
                if (years[i] == year) {
                    ProvinceUnit taken = formerUnits == null ? null : formerUnits[i];
                    if (former == null || (taken != null && former.isNewerThan(taken))) {
                        values[i] = value;
                        formerUnit(i, former);
                    }
                    return;
                }
            }
            if (size == years.length) {
                years = Arrays.copyOf(years, size * 2);
                values = Arrays.copyOf(values, size * 2);
                formerUnits = formerUnits == null ? null : Arrays.copyOf(formerUnits, size * 2);
            }
            years[size] = year;
            values[size] = value;
            formerUnit(size, former);
            size++;
        }

        /** A value computed for a year with nothing stored (the caller checked: {@link #has}). */
        void putComputed(int year, Object value) {
            put(year, value, null);
        }

        /**
         * A provisional value standing in for a year with no yearly result (the caller checked: {@link #has}).
         *
         * @param period the period it was recorded at
         */
        void putProvisional(int year, Object value, String period) {
            put(year, value, null);
            if (provisionalPeriods.isEmpty()) {
                provisionalPeriods = new HashMap<>(4);
            }
            provisionalPeriods.put(year, period);
        }

        /** Year → period of the values that are provisional. */
        Map<Integer, String> provisionalPeriods() {
            return provisionalPeriods;
        }

        /** Whether a value is there for the year. */
        boolean has(int year) {
            for (int i = 0; i < size; i++) {
                if (years[i] == year) {
                    return true;
                }
            }
            return false;
        }

        private void formerUnit(int index, ProvinceUnit former) {
            if (former != null && formerUnits == null) {
                formerUnits = new ProvinceUnit[years.length];
            }
            if (formerUnits != null) {
                formerUnits[index] = former;
            }
        }

        /** Year → value, oldest first. */
        SortedMap<Integer, Object> byYear() {
            TreeMap<Integer, Object> byYear = new TreeMap<>();
            for (int i = 0; i < size; i++) {
                byYear.put(years[i], values[i]);
            }
            return byYear;
        }

        /** The values as numbers, sorted by year. */
        Measurements numbers() {
            int[] sortedYears = Arrays.copyOf(years, size);
            BigDecimal[] numbers = new BigDecimal[size];
            boolean ascending = true;
            for (int i = 1; i < size && ascending; i++) {
                ascending = years[i - 1] < years[i];
            }
            if (ascending) { // as written, usually
                for (int i = 0; i < size; i++) {
                    numbers[i] = (BigDecimal) values[i];
                }
            } else {
                Integer[] order = new Integer[size];
                for (int i = 0; i < size; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> Integer.compare(years[a], years[b]));
                for (int i = 0; i < size; i++) {
                    sortedYears[i] = years[order[i]];
                    numbers[i] = (BigDecimal) values[order[i]];
                }
            }
            return Measurements.ofSortedNumbers(sortedYears, numbers);
        }
    }

    /**
     * @param names  names and reform area by indicator code
     * @param levels ordered levels of each group indicator: Vietnamese name → English name, lowest first
     */
    record Catalogue(Map<String, IndicatorNames> names, Map<String, LinkedHashMap<String, String>> levels) {}

    /** An indicator's names and reform area. */
    record IndicatorNames(String nameVi, String nameEn, String reformAreaCode) {}

    /** @param series see {@link #seriesOf} */
    record SeriesKey(String series, String indicatorCode) {

        @Override
        public int hashCode() {
            return KeyHashes.of(series, indicatorCode); // the default collides for numbered codes
        }
    }

    /** A target row with what orders it within its document. */
    private record Placed(TargetRow row, LocalDate issueDate, int position) {}

    static List<String> names(LinkedHashMap<String, String> levels) {
        return levels == null ? List.of() : new ArrayList<>(levels.keySet());
    }
}
