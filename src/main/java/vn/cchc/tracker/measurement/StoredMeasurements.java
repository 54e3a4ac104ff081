package vn.cchc.tracker.measurement;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.cchc.tracker.indicator.UnitKind;

/**
 * What a batch of changes is checked against, one statement each whatever the batch's size: the approved
 * province-years among its codes, and the values stored under its keys. The writer and the import preview read them
 * here alike, so a preview compares with the very value (and version) that confirming it is checked against.
 */
@Repository
public class StoredMeasurements {

    private static final String APPROVED = """
            select province_code, year from result_approval where province_code = any(?)""";
    private static final String STORED = """
            select m.id, m.version, p.code, m.indicator_code, m.indicator_kind, m.year, m.value_number, m.value_level,
                   m.source, m.note, m.updated_by, m.updated_at, m.source_url, m.source_publisher,
                   m.computed
            from measurement m join province p on p.id = m.province_id
            where p.code = any(?) and m.year = any(?) and m.indicator_code = any(?)
            order by p.valid_from nulls first, m.id""";

    private final JdbcTemplate jdbc;

    StoredMeasurements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The approved (read-only) years of the codes, as {@code "67/2024"}. */
    public Set<String> approvedYears(Collection<String> codes) {
        Set<String> approved = new HashSet<>();
        jdbc.query(APPROVED, ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", codes.toArray())), rs -> {
            approved.add(rs.getString(1) + "/" + rs.getInt(2));
        });
        return approved;
    }

    /** The value stored under each key that has one; of two units under a code, the newer unit's. */
    public Map<MeasurementKey, MeasurementSnapshot> stored(Collection<MeasurementKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Object[] codes =
                keys.stream().map(MeasurementKey::provinceCode).distinct().toArray();
        Object[] years = keys.stream().map(MeasurementKey::year).distinct().toArray();
        Object[] indicatorCodes =
                keys.stream().map(MeasurementKey::indicatorCode).distinct().toArray();
        Set<MeasurementKey> wanted = new HashSet<>(keys);
        Map<MeasurementKey, MeasurementSnapshot> stored = new HashMap<>();
        jdbc.query(
                STORED,
                ps -> {
                    Connection c = ps.getConnection();
                    ps.setArray(1, c.createArrayOf("varchar", codes));
                    ps.setArray(2, c.createArrayOf("int4", years));
                    ps.setArray(3, c.createArrayOf("varchar", indicatorCodes));
                },
                rs -> {
                    MeasurementKey key = new MeasurementKey(rs.getString(3), rs.getString(4), rs.getInt(6));
                    if (wanted.contains(key)) { // rows come oldest unit first, so the newer unit's value stays
                        stored.put(
                                key,
                                new MeasurementSnapshot(
                                        rs.getLong(1),
                                        key.provinceCode(),
                                        key.indicatorCode(),
                                        UnitKind.valueOf(rs.getString(5)),
                                        key.year(),
                                        rs.getBigDecimal(7),
                                        rs.getString(8),
                                        rs.getString(9),
                                        rs.getString(10),
                                        rs.getString(11),
                                        rs.getObject(12, OffsetDateTime.class).toInstant(),
                                        rs.getLong(2),
                                        new Provenance(rs.getString(13), rs.getString(14), rs.getBoolean(15))));
                    }
                });
        return stored;
    }
}
