package vn.cchc.tracker.importing;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.cchc.tracker.measurement.MeasurementKey;

/** Reads what an import is compared against in one statement each: the approvals and the stored results a file touches. */
@Repository
public class ImportQuery {

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
