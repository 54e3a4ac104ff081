package vn.cchc.tracker.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.cchc.tracker.indicator.ComputedStandings;
import vn.cchc.tracker.indicator.GroupLevel;
import vn.cchc.tracker.indicator.IndicatorCatalogue;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.indicator.MethodChanges;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.support.Numbers;

/**
 * The read queries of the dashboards. Each method is one SQL statement whatever the size of the data, so a page
 * costs a fixed number of statements. Measurements are keyed by GSO code: units that share a code
 * (Thừa Thiên Huế → Huế, 46) share one series, the newer unit winning if both reported the same year.
 */
@Repository
class DashboardQuery {

    private static final String TRACKED_CODES = """
            select p.code
            from province p
            where exists (select 1 from document d where d.province_id = p.id)
            group by p.code
            order by p.code""";

    private static final String REFORM_AREAS =
            "select code, name_vi, name_en, position from reform_area order by position";

    private static final String INDICATORS_IN_USE = """
            select i.code,
                   exists (select 1 from target t where t.indicator_code = i.code) as has_targets,
                   exists (select 1 from measurement m where m.indicator_code = i.code) as has_measurements
            from indicator i""";

    private static final String POINT_COLUMNS = """
            p.code, m.indicator_code, m.indicator_kind, m.year, m.value_number, m.value_level, coalesce(l.position, 0) as level_position,
            l.name_en as level_en, m.source, m.note, m.source_url, m.computed""";

    private static final String SERIES = "select " + POINT_COLUMNS + """

            from measurement m
              join province p on p.id = m.province_id
              left join indicator_level l on l.indicator_code = m.indicator_code and l.name_vi = m.value_level
            where (cast(:code as varchar) is null or p.code = :code or m.indicator_code = :score)
              and (cast(:indicator as varchar) is null or m.indicator_code = :indicator or m.indicator_code = :score)
              and m.year <= :year
            order by p.code, m.indicator_code, m.year, p.valid_from nulls first""";

    /** The series of some indicators for every unit: {@link #SERIES} for a list of indicators. */
    private static final String SERIES_OF = "select " + POINT_COLUMNS + """

            from measurement m
              join province p on p.id = m.province_id
              left join indicator_level l on l.indicator_code = m.indicator_code and l.name_vi = m.value_level
            where m.indicator_code in (:indicators)
              and m.year <= :year
            order by p.code, m.indicator_code, m.year, p.valid_from nulls first""";

    /** One unit's every series and every unit's series of some indicators (the national tables of the scores). */
    private static final String SERIES_IN_NATION = "select " + POINT_COLUMNS + """

            from measurement m
              join province p on p.id = m.province_id
              left join indicator_level l on l.indicator_code = m.indicator_code and l.name_vi = m.value_level
            where (p.code = :code or m.indicator_code in (:national))
              and m.year <= :year
            order by p.code, m.indicator_code, m.year, p.valid_from nulls first""";

    private static final String TARGET_PROVINCE = """
            select p.code
            from target t
              join document d on d.id = t.document_id
              join province p on p.id = d.province_id
            where t.id = :id""";

    private final NamedParameterJdbcTemplate jdbc;
    private final IndicatorService indicatorService;

    DashboardQuery(NamedParameterJdbcTemplate jdbc, IndicatorService indicatorService) {
        this.jdbc = jdbc;
        this.indicatorService = indicatorService;
    }

    /**
     * GSO codes of the units that have documents, ordered by code: the provinces whose targets the dashboards follow
     * (the published national results of every other unit are compared on request).
     */
    List<String> trackedCodes() {
        return jdbc.queryForList(TRACKED_CODES, Map.of(), String.class);
    }

    List<ReformAreaInfo> reformAreas() {
        return jdbc.query(
                REFORM_AREAS,
                (rs, n) -> new ReformAreaInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
    }

    /** The whole catalogue with levels, by reform area then code, and whether data refer to each (two statements). */
    List<IndicatorInfo> indicators() {
        IndicatorCatalogue catalogue = indicatorService.snapshot();
        Map<String, boolean[]> inUse = new HashMap<>();
        jdbc.query(INDICATORS_IN_USE, rs -> {
            inUse.put(rs.getString(1), new boolean[] {rs.getBoolean(2), rs.getBoolean(3)});
        });
        return catalogue.all().stream()
                .map(i -> {
                    List<IndicatorInfo.Level> levels = new ArrayList<>();
                    for (GroupLevel level : i.levels()) {
                        levels.add(new IndicatorInfo.Level(levels.size() + 1, level.nameVi(), level.nameEn()));
                    }
                    boolean[] used = inUse.getOrDefault(i.code(), new boolean[2]);
                    return new IndicatorInfo(
                            i.code(),
                            i.nameVi(),
                            i.nameEn(),
                            i.reformAreaCode(),
                            i.unitKind(),
                            i.direction(),
                            i.minValue(),
                            i.maxValue(),
                            levels,
                            used[0],
                            used[1]);
                })
                .toList();
    }

    /** The indicators' changes of method (one statement). */
    MethodChanges methodChanges() {
        return indicatorService.methodChanges();
    }

    /** The catalogue of {@link #indicators()} by code. */
    Map<String, IndicatorInfo> indicatorsByCode() {
        Map<String, IndicatorInfo> byCode = new LinkedHashMap<>();
        indicators().forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    /**
     * Measurements in or before {@code year}, by GSO code then indicator code, oldest first. A rank or group computed
     * from the national table of its score ({@link ComputedStandings}) fills the years with nothing stored, marked
     * computed: the score's every unit comes in the same statement, so the page costs no more statements.
     *
     * @param provinceCode one code, or {@code null} for all
     * @param indicator    one indicator code, or {@code null} for all (then nothing is computed)
     */
    Map<String, Map<String, List<SeriesPoint>>> series(String provinceCode, String indicator, int year) {
        return series(provinceCode, indicator, year, false);
    }

    /**
     * Every unit's series of one indicator and, for a rank or group computed from a score, of that score too: the
     * national tables a value is set in (rank of N, median, best, worst); one statement.
     */
    Map<String, Map<String, List<SeriesPoint>>> nationalSeries(String indicator, int year) {
        return series(null, indicator, year, true);
    }

    private Map<String, Map<String, List<SeriesPoint>>> series(
            String provinceCode, String indicator, int year, boolean keepScores) {
        String score = indicator == null
                ? null
                : ComputedStandings.pairOf(indicator)
                        .map(ComputedStandings.Pair::scoreCode)
                        .orElse(null);
        MapSqlParameterSource params = new MapSqlParameterSource("code", provinceCode)
                .addValue("indicator", indicator)
                .addValue("score", score)
                .addValue("year", year);
        Map<String, Map<String, TreeMap<Integer, SeriesPoint>>> byYear = load(SERIES, params);
        if (score != null) {
            ComputedPoints.fill(byYear, List.of(indicator), provinceCode);
            // the other units' scores came only to rank in
            if (!keepScores) {
                byYear.values().forEach(indicators -> indicators.remove(score));
            }
            byYear.entrySet()
                    .removeIf(e -> e.getValue().isEmpty()
                            || (provinceCode != null && !e.getKey().equals(provinceCode)));
        }
        return lists(byYear);
    }

    /**
     * Every unit's stored series of some indicators in or before the year (nothing computed), by GSO code then
     * indicator code, oldest first; one statement.
     */
    Map<String, Map<String, List<SeriesPoint>>> storedSeries(Collection<String> indicators, int year) {
        return lists(load(SERIES_OF, new MapSqlParameterSource("indicators", indicators).addValue("year", year)));
    }

    /** The catalogue without levels' use (one statement). */
    IndicatorCatalogue catalogue() {
        return indicatorService.snapshot();
    }

    /**
     * One unit's every series in or before the year, with the ranks and groups computed from the national tables of
     * their scores ({@link ComputedStandings}), and every other unit's series of those scores (for rank of N, median,
     * best and worst beside a value); one statement.
     */
    Map<String, Map<String, List<SeriesPoint>>> seriesInNation(String provinceCode, int year) {
        Set<String> scores = new LinkedHashSet<>();
        Set<String> derived = new LinkedHashSet<>();
        ComputedStandings.PAIRS.forEach(pair -> {
            scores.add(pair.scoreCode());
            derived.addAll(pair.derived());
        });
        Map<String, Map<String, TreeMap<Integer, SeriesPoint>>> byYear = load(
                SERIES_IN_NATION,
                new MapSqlParameterSource("code", provinceCode)
                        .addValue("national", scores)
                        .addValue("year", year));
        ComputedPoints.fill(byYear, derived, provinceCode);
        byYear.forEach((code, byIndicator) -> {
            if (!code.equals(provinceCode)) {
                byIndicator.keySet().retainAll(scores);
            }
        });
        return lists(byYear);
    }

    private Map<String, Map<String, TreeMap<Integer, SeriesPoint>>> load(String sql, MapSqlParameterSource params) {
        Map<String, Map<String, TreeMap<Integer, SeriesPoint>>> byYear = new LinkedHashMap<>();
        jdbc.query(sql, params, rs -> {
            // ordered by valid_from, so the newer unit under a code wins a year both reported
            byYear.computeIfAbsent(rs.getString("code"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(rs.getString("indicator_code"), k -> new TreeMap<>())
                    .put(rs.getInt("year"), point(rs));
        });
        return byYear;
    }

    private static Map<String, Map<String, List<SeriesPoint>>> lists(
            Map<String, Map<String, TreeMap<Integer, SeriesPoint>>> byYear) {
        Map<String, Map<String, List<SeriesPoint>>> series = new LinkedHashMap<>();
        byYear.forEach((code, indicators) -> {
            Map<String, List<SeriesPoint>> lists = new LinkedHashMap<>();
            indicators.forEach((ind, points) -> lists.put(ind, List.copyOf(points.values())));
            series.put(code, lists);
        });
        return series;
    }

    /** The GSO code of the province whose document states the target. */
    Optional<String> provinceCodeOfTarget(long targetId) {
        return jdbc.queryForList(TARGET_PROVINCE, new MapSqlParameterSource("id", targetId), String.class).stream()
                .findFirst();
    }

    private static SeriesPoint point(java.sql.ResultSet rs) throws java.sql.SQLException {
        BigDecimal number = rs.getBigDecimal("value_number");
        return new SeriesPoint(
                rs.getInt("year"),
                UnitKind.valueOf(rs.getString("indicator_kind")),
                Numbers.plain(number),
                rs.getString("value_level"),
                rs.getString("level_en"),
                rs.getInt("level_position"),
                rs.getString("source"),
                rs.getString("note"),
                rs.getString("source_url"),
                rs.getBoolean("computed"));
    }
}
