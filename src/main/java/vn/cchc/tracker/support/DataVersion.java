package vn.cchc.tracker.support;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The number of committed transactions that changed what the dashboards show (provinces, the indicator catalogue,
 * documents, targets, measurements, approvals), kept by database triggers (migration V42). It grows with every such
 * commit, whichever application instance or tool made it, and a reader who sees a version also sees its data. Each
 * table also carries the version of the last commit that touched it (V74), so a reader keeping what it derived from
 * several tables can tell which of them a write touched, and each unit the version of the last commit that wrote one of
 * its yearly or provisional values (V75), so a reader keeping every unit's values reads again only the units a write
 * touched.
 */
@Component
public class DataVersion {

    private final JdbcTemplate jdbc;

    public DataVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version: one small statement, outside any transaction. */
    public long current() {
        Long version = jdbc.queryForObject("select version from data_version", Long.class);
        return version == null ? 0 : version;
    }

    /** The current version with every table's: one small statement. */
    public Versions currentByTable() {
        Map<String, Long> tables = new HashMap<>();
        long[] version = {0};
        jdbc.query("""
                select d.version, t.table_name, t.version
                from data_version d left join data_table_version t on true""", rs -> {
            version[0] = rs.getLong(1);
            String table = rs.getString(2);
            if (table != null) {
                tables.put(table, rs.getLong(3));
            }
        });
        return new Versions(version[0], Map.copyOf(tables));
    }

    /**
     * The units (province ids) whose yearly or provisional values a commit after {@code version} inserted, updated or
     * deleted: one small statement. Empty when a commit emptied a table of values (a TRUNCATE names no unit), so that
     * every unit's values are to be read again. A commit seen by an earlier {@link #currentByTable} is always seen.
     */
    public Optional<Set<Long>> unitsWithValuesWrittenSince(long version) {
        Set<Long> units = new HashSet<>();
        jdbc.query(
                "select province_id from data_value_version where version > ?",
                rs -> {
                    units.add(rs.getLong(1));
                },
                version);
        return units.contains(EVERY_UNIT) ? Optional.empty() : Optional.of(units);
    }

    /** The unit {@code data_value_version} names for a write of every unit's values (V75). */
    private static final long EVERY_UNIT = 0;

    /**
     * @param version the version of the last commit that changed shown data
     * @param tables  by table name, the version of the last commit that touched the table
     */
    public record Versions(long version, Map<String, Long> tables) {

        /** Versions that match nothing: what a reader that must not keep anything works with. */
        public static final Versions NONE = new Versions(-1, Map.of());

        /** Whether a commit after {@code before} touched one of the tables. */
        public boolean touchedSince(Versions before, String... tableNames) {
            for (String table : tableNames) {
                if (!tables.getOrDefault(table, -1L).equals(before.tables.getOrDefault(table, -1L))) {
                    return true;
                }
            }
            return false;
        }
    }
}
