package vn.cchc.tracker.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit rows. It only joins a transaction that is already running ({@link Propagation#MANDATORY}), so a
 * change and its audit row commit together or not at all.
 */
@Component
public class AuditLog {

    private static final String INSERT = """
            insert into audit_event (occurred_at, actor, entity_type, entity_id, province_code, indicator_code, year,
                                     action, old_value, new_value, reason, origin)
            values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), cast(? as json), ?, ?)""";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public AuditLog(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry e) {
        jdbc.update(INSERT, Timestamp.from(clock.instant()), e.actor(), e.entityType().name(), e.entityId(),
                e.provinceCode(), e.indicatorCode(), e.year(), e.action().name(), toJson(e.oldValue()),
                toJson(e.newValue()), e.reason(), e.origin().text());
    }

    private String toJson(Map<String, Object> value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
