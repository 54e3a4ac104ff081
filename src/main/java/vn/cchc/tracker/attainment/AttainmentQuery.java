package vn.cchc.tracker.attainment;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.support.KeyHashes;
import vn.cchc.tracker.target.Comparison;

/**
 * Loads what evaluating targets needs in three statements, whatever the number of targets: the targets,
 * the measurements of their indicators, and the levels of group indicators. Measurements are keyed by GSO code,
 * so a unit that changed name or kind under the same code (Thừa Thiên Huế → Huế) keeps one series.
 */
@Repository
class AttainmentQuery {

    private static final String TARGETS = """
            select t.id, t.document_id, d.number, d.issue_date, t.position, p.code, p.name_vi, t.indicator_code, i.name_vi as indicator_vi,
                   i.name_en as indicator_en, i.reform_area_code, i.unit_kind, t.comparison, t.threshold_value,
                   t.threshold_level, t.deadline_year, t.baseline_year, t.baseline_value, t.scope_note, t.sentence, t.source
            from target t
              join document d on d.id = t.document_id
              join province p on p.id = d.province_id
              join indicator i on i.code = t.indicator_code
            where (cast(:code as varchar) is null or p.code = :code)""";

    // Unordered: sorting 140,000 rows costs PostgreSQL more than the maps by year cost Java. When two units under one
    // code (Thừa Thiên Huế, then Huế) both reported a year, the newer unit's value wins; a unit still in force
    // (no valid_to) is the newest under its code, so only former units' rows are checked.
    private static final String MEASUREMENTS = """
            select p.code, m.indicator_code, m.year, m.value_number, m.value_level
            from measurement m
              join province p on p.id = m.province_id
            where (cast(:code as varchar) is null or p.code = :code)
              and m.indicator_code in (select distinct t.indicator_code from target t)
              and (p.valid_to is null or not exists (
                    select 1 from measurement newer
                      join province np on np.id = newer.province_id
                    where np.code = p.code and np.valid_from > p.valid_from
                      and newer.indicator_code = m.indicator_code and newer.year = m.year))""";

    /** Province, then the document's issue date, then the target's place in its document. */
    private static final Comparator<Placed> DOCUMENT_ORDER = Comparator.comparing((Placed p) -> p.row().provinceCode())
            .thenComparing(Placed::issueDate)
            .thenComparingLong(p -> p.row().documentId())
            .thenComparingInt(Placed::position)
            .thenComparingLong(p -> p.row().targetId());

    private static final String LEVELS = "select indicator_code, name_vi, name_en from indicator_level order by indicator_code, position";

    private final NamedParameterJdbcTemplate jdbc;

    AttainmentQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The targets, by province code, then in each document's order (sorted here: cheaper than in PostgreSQL). */
    List<TargetRow> targets(String provinceCode) {
        List<Placed> placed = jdbc.query(TARGETS, new MapSqlParameterSource("code", provinceCode), (rs, n) -> new Placed(
                new TargetRow(rs.getLong("id"), rs.getLong("document_id"), rs.getString("number"), rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("indicator_code"), rs.getString("indicator_vi"),
                        rs.getString("indicator_en"), rs.getString("reform_area_code"), UnitKind.valueOf(rs.getString("unit_kind")),
                        Comparison.valueOf(rs.getString("comparison")), rs.getBigDecimal("threshold_value"),
                        rs.getString("threshold_level"), rs.getInt("deadline_year"), (Integer) rs.getObject("baseline_year"),
                        rs.getBigDecimal("baseline_value"), rs.getString("scope_note"), rs.getString("sentence"),
                        rs.getString("source")),
                rs.getObject("issue_date", LocalDate.class), rs.getInt("position")));
        placed.sort(DOCUMENT_ORDER);
        List<TargetRow> rows = new ArrayList<>(placed.size());
        placed.forEach(p -> rows.add(p.row()));
        return rows;
    }

    /** Raw yearly values by (province code, indicator code); numbers and levels are kept apart by the caller. */
    Map<SeriesKey, TreeMap<Integer, Object>> measurements(String provinceCode) {
        Map<SeriesKey, TreeMap<Integer, Object>> series = new HashMap<>();
        jdbc.query(MEASUREMENTS, new MapSqlParameterSource("code", provinceCode), rs -> {
            SeriesKey key = new SeriesKey(rs.getString(1), rs.getString(2));
            BigDecimal number = rs.getBigDecimal(4);
            series.computeIfAbsent(key, k -> new TreeMap<>()).put(rs.getInt(3), number != null ? number : rs.getString(5));
        });
        return series;
    }

    /** A target row with what orders it within its document. */
    private record Placed(TargetRow row, LocalDate issueDate, int position) {
    }

    /** Ordered levels of each group indicator: Vietnamese name → English name, lowest first. */
    Map<String, LinkedHashMap<String, String>> levels() {
        Map<String, LinkedHashMap<String, String>> levels = new HashMap<>();
        jdbc.query(LEVELS, rs -> {
            levels.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
        });
        return levels;
    }

    record SeriesKey(String provinceCode, String indicatorCode) {

        @Override
        public int hashCode() {
            return KeyHashes.of(provinceCode, indicatorCode); // the default collides for numbered codes
        }
    }

    static List<String> names(LinkedHashMap<String, String> levels) {
        return levels == null ? List.of() : new ArrayList<>(levels.keySet());
    }
}
