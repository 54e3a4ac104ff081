package vn.cchc.tracker.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The number of committed transactions that changed what the dashboards show (provinces, the indicator catalogue,
 * documents, targets, measurements, approvals), kept by database triggers (migration V42). It grows with every such
 * commit, whichever application instance or tool made it, and a reader who sees a version also sees its data.
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
}
