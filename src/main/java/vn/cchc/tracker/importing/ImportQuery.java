package vn.cchc.tracker.importing;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.cchc.tracker.importing.ImportCatalogue.IndicatorSpec;
import vn.cchc.tracker.importing.ImportCatalogue.Level;
import vn.cchc.tracker.importing.ImportCatalogue.ProvinceUnit;
import vn.cchc.tracker.indicator.UnitKind;

/**
 * Reads what an import is checked and compared against in a fixed number of statements: units, indicators,
 * levels, and the stored results a file touches.
 */
@Repository
public class ImportQuery {

    private static final String UNITS = "select id, code, name_vi, valid_from, valid_to from province order by code, valid_from";
    private static final String INDICATORS = """
            select code, name_vi, name_en, unit_kind, min_value, max_value from indicator order by code""";
    private static final String LEVELS = "select indicator_code, name_vi, name_en from indicator_level order by indicator_code, position";
    private static final String STORED = """
            select m.id, m.version, m.province_id, p.code, m.indicator_code, m.year, m.value_number, m.value_level,
                   m.source, m.note
            from measurement m join province p on p.id = m.province_id
            where p.code in (:codes) and m.indicator_code in (:indicators) and m.year in (:years)
            order by p.code, m.indicator_code, m.year, p.valid_from desc""";

    private static final String APPROVED = "select province_code, year from result_approval";

    private final NamedParameterJdbcTemplate jdbc;

    ImportQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ImportCatalogue catalogue() {
        List<ProvinceUnit> units = jdbc.query(UNITS, (rs, n) -> new ProvinceUnit(rs.getLong("id"), rs.getString("code"),
                rs.getString("name_vi"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class)));
        Map<String, List<Level>> levels = new HashMap<>();
        jdbc.query(LEVELS, rs -> {
            levels.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Level(rs.getString(2), rs.getString(3)));
        });
        List<IndicatorSpec> indicators = jdbc.query(INDICATORS, (rs, n) -> new IndicatorSpec(rs.getString("code"),
                rs.getString("name_vi"), rs.getString("name_en"), UnitKind.valueOf(rs.getString("unit_kind")),
                rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value"),
                levels.getOrDefault(rs.getString("code"), List.of())));
        return new ImportCatalogue(units, indicators);
    }

    /** Every approved (read-only) province-year as {@code "67/2024"}; the table holds one row per approval. */
    Set<String> approvedYears() {
        Set<String> approved = new HashSet<>();
        jdbc.query(APPROVED, rs -> {
            approved.add(rs.getString(1) + "/" + rs.getInt(2));
        });
        return approved;
    }

    /** Stored results for any of the keys (a superset: callers match exact keys), newest unit first per key. */
    List<ExistingMeasurement> stored(Collection<MeasurementKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("codes", keys.stream().map(MeasurementKey::provinceCode).distinct().toList())
                .addValue("indicators", keys.stream().map(MeasurementKey::indicatorCode).distinct().toList())
                .addValue("years", keys.stream().map(MeasurementKey::year).distinct().toList());
        List<ExistingMeasurement> all = jdbc.query(STORED, params, (rs, n) -> new ExistingMeasurement(
                rs.getLong("id"), rs.getLong("version"), rs.getLong("province_id"), rs.getString("code"),
                rs.getString("indicator_code"), rs.getInt("year"), rs.getBigDecimal("value_number"),
                rs.getString("value_level"), rs.getString("source"), rs.getString("note")));
        Set<MeasurementKey> wanted = new HashSet<>(keys);
        return all.stream().filter(m -> wanted.contains(m.key())).toList();
    }
}
