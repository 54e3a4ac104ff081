package vn.cchc.tracker.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
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

    /** Many rows in one statement: each column arrives as an array and unnest() lines them up again. */
    private static final String INSERT_ALL = """
            insert into audit_event (occurred_at, actor, entity_type, entity_id, province_code, indicator_code, year,
                                     action, old_value, new_value, reason, origin)
            select ?, u.actor, u.entity_type, u.entity_id, u.province_code, u.indicator_code, u.year, u.action,
                   cast(u.old_value as json), cast(u.new_value as json), u.reason, u.origin
            from unnest(?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::int[], ?::varchar[],
                        ?::text[], ?::text[], ?::varchar[], ?::varchar[])
                 as u(actor, entity_type, entity_id, province_code, indicator_code, year, action, old_value, new_value,
                      reason, origin)""";
    /**
     * The head of a writer's own insert of audit rows, for a change and its audit rows written by ONE statement (a
     * writable CTE: {@code with changed as (insert … returning …), audited as (RECORD_EACH select … from changed) …}),
     * so that they commit, or fail, together by construction. The select gives, in this order: occurred_at, actor,
     * entity_type, entity_id, province_code, indicator_code, year, action, old_value (json), new_value (json), reason,
     * origin — as {@link #record} would write them. What an import of many new values uses: the rows are built by
     * the database from the rows it inserted instead of travelling as text (bench/RESULTS.md).
     */
    public static final String RECORD_EACH = """
            insert into audit_event (occurred_at, actor, entity_type, entity_id, province_code, indicator_code, year,
                                     action, old_value, new_value, reason, origin)
            """;

    /** Rows per statement of {@link #recordAll}: bounds the size of one statement, not the number of rows. */
    static final int CHUNK = 5000;

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
        jdbc.update(
                INSERT,
                Timestamp.from(clock.instant()),
                e.actor(),
                e.entityType().name(),
                e.entityId(),
                e.provinceCode(),
                e.indicatorCode(),
                e.year(),
                e.action().name(),
                toJson(e.oldValue()),
                toJson(e.newValue()),
                e.reason(),
                e.origin().text());
    }

    /**
     * Writes many rows with a constant number of statements (one per {@value #CHUNK} rows), in the order given; all
     * carry the same time. What an import of thousands of values uses instead of one {@link #record} per value.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        recordAll(entries, clock.instant());
    }

    /** As {@link #recordAll(List)}, all rows carrying the given time (a writer's one time for a whole batch). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEntry> entries, Instant at) {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(at);
        for (int from = 0; from < entries.size(); from += CHUNK) {
            List<AuditEntry> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
            jdbc.update(INSERT_ALL, ps -> bind(ps, now, chunk));
        }
    }

    private void bind(PreparedStatement ps, Timestamp now, List<AuditEntry> chunk) throws SQLException {
        int n = chunk.size();
        String[] actors = new String[n];
        String[] types = new String[n];
        Long[] ids = new Long[n];
        String[] provinces = new String[n];
        String[] indicators = new String[n];
        Integer[] years = new Integer[n];
        String[] actions = new String[n];
        String[] olds = new String[n];
        String[] news = new String[n];
        String[] reasons = new String[n];
        String[] origins = new String[n];
        for (int i = 0; i < n; i++) {
            AuditEntry e = chunk.get(i);
            actors[i] = e.actor();
            types[i] = e.entityType().name();
            ids[i] = e.entityId();
            provinces[i] = e.provinceCode();
            indicators[i] = e.indicatorCode();
            years[i] = e.year();
            actions[i] = e.action().name();
            olds[i] = toJson(e.oldValue());
            news[i] = toJson(e.newValue());
            reasons[i] = e.reason();
            origins[i] = e.origin().text();
        }
        Connection c = ps.getConnection();
        ps.setTimestamp(1, now);
        Array[] arrays = {
            c.createArrayOf("varchar", actors),
            c.createArrayOf("varchar", types),
            c.createArrayOf("bigint", ids),
            c.createArrayOf("varchar", provinces),
            c.createArrayOf("varchar", indicators),
            c.createArrayOf("int4", years),
            c.createArrayOf("varchar", actions),
            c.createArrayOf("text", olds),
            c.createArrayOf("text", news),
            c.createArrayOf("varchar", reasons),
            c.createArrayOf("varchar", origins)
        };
        for (int i = 0; i < arrays.length; i++) {
            ps.setArray(i + 2, arrays[i]);
        }
    }

    private String toJson(Map<String, Object> value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
