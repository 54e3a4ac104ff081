package vn.cchc.tracker.attainment;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.target.Comparison;

/**
 * Loads what evaluating targets needs in three statements, whatever the number of targets: the targets,
 * the measurements of their indicators, and the levels of group indicators. Measurements are keyed by GSO code,
 * so a unit that changed name or kind under the same code (Thừa Thiên Huế → Huế) keeps one series.
 */
@Repository
class AttainmentQuery {

    private static final String TARGETS = """
            select t.id, t.document_id, d.number, p.code, p.name_vi, t.indicator_code, i.name_vi as indicator_vi,
                   i.name_en as indicator_en, i.reform_area_code, i.unit_kind, t.comparison, t.threshold_value,
                   t.threshold_level, t.deadline_year, t.baseline_year, t.baseline_value, t.scope_note, t.sentence, t.source
            from target t
              join document d on d.id = t.document_id
              join province p on p.id = d.province_id
              join indicator i on i.code = t.indicator_code
            where (cast(:code as varchar) is null or p.code = :code)
            order by p.code, d.issue_date, d.id, t.position, t.id""";

    private static final String MEASUREMENTS = """
            select p.code, m.indicator_code, m.year, m.value_number, m.value_level
            from measurement m
              join province p on p.id = m.province_id
            where (cast(:code as varchar) is null or p.code = :code)
              and m.indicator_code in (select distinct t.indicator_code from target t)
            order by p.code, m.indicator_code, m.year, p.valid_from""";

    private static final String LEVELS = "select indicator_code, name_vi, name_en from indicator_level order by indicator_code, position";

    private final NamedParameterJdbcTemplate jdbc;

    AttainmentQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<TargetRow> targets(String provinceCode) {
        return jdbc.query(TARGETS, new MapSqlParameterSource("code", provinceCode), (rs, n) -> new TargetRow(
                rs.getLong("id"), rs.getLong("document_id"), rs.getString("number"), rs.getString("code"),
                rs.getString("name_vi"), rs.getString("indicator_code"), rs.getString("indicator_vi"),
                rs.getString("indicator_en"), rs.getString("reform_area_code"), UnitKind.valueOf(rs.getString("unit_kind")),
                Comparison.valueOf(rs.getString("comparison")), rs.getBigDecimal("threshold_value"),
                rs.getString("threshold_level"), rs.getInt("deadline_year"), (Integer) rs.getObject("baseline_year"),
                rs.getBigDecimal("baseline_value"), rs.getString("scope_note"), rs.getString("sentence"),
                rs.getString("source")));
    }

    /** Raw yearly values by (province code, indicator code); numbers and levels are kept apart by the caller. */
    Map<SeriesKey, TreeMap<Integer, Object>> measurements(String provinceCode) {
        Map<SeriesKey, TreeMap<Integer, Object>> series = new HashMap<>();
        jdbc.query(MEASUREMENTS, new MapSqlParameterSource("code", provinceCode), rs -> {
            SeriesKey key = new SeriesKey(rs.getString(1), rs.getString(2));
            BigDecimal number = rs.getBigDecimal(4);
            Object value = number != null ? number : rs.getString(5);
            // ordered by valid_from, so the newer unit wins if two units under one code report the same year
            series.computeIfAbsent(key, k -> new TreeMap<>()).put(rs.getInt(3), value);
        });
        return series;
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
    }

    static List<String> names(LinkedHashMap<String, String> levels) {
        return levels == null ? List.of() : new ArrayList<>(levels.keySet());
    }
}
