package vn.cchc.tracker.measurement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.measurement.MeasurementChecks.Checked;

/**
 * The write step of {@link MeasurementWriteService#apply}: deletes, inserts and updates as PostgreSQL arrays
 * ({@code unnest}), one statement per {@value #CHUNK} rows; deletes and updates give each row's audit entry for
 * {@link AuditLog#recordAll}, inserts write their audit rows in the same statement. Updates and deletes
 * carry the version they expect ({@code where id = … and version = …}); a row they miss was changed meanwhile, and
 * the whole batch fails with {@link OptimisticLockingFailureException}.
 */
@Repository
class MeasurementBatch {

    static final int CHUNK = 5000;

    private static final String DELETE = """
            delete from measurement m using unnest(?::bigint[], ?::bigint[]) as u(id, version)
            where m.id = u.id and m.version = u.version
            returning m.id""";
    /**
     * The new values and their audit rows in one statement: the audit rows are built by the database from the rows
     * it inserted ({@link MeasurementSnapshot#auditValuesSql}, the same content {@link AuditLog#record} would write),
     * so 140,000 JSON texts need not be built, sent and parsed; the statement answers the number of rows inserted.
     */
    private static final String INSERT =
            """
            with ins as (
              insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, value_level,
                                       source, note, source_url, source_publisher, computed, created_by, created_at,
                                       updated_by, updated_at)
              select u.province_id, u.indicator_code, u.indicator_kind, u.year, u.value_number, u.value_level, u.source,
                     u.note, u.source_url, u.source_publisher, coalesce(u.computed, false), ?, ?, ?, ?
              from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::int[], ?::numeric[], ?::varchar[], ?::varchar[],
                          ?::varchar[], ?::varchar[], ?::varchar[], ?::boolean[])
                   as u(province_id, indicator_code, indicator_kind, year, value_number, value_level, source, note,
                        source_url, source_publisher, computed)
              returning id, province_id, indicator_code, year, value_number, value_level, source, note, source_url,
                        source_publisher, computed),
            audited as (
            """ + AuditLog.RECORD_EACH + """
              select ?, ?, ?, ins.id, p.code, ins.indicator_code, ins.year, ?, null, cast(%s as json), ?, ?
              from ins join province p on p.id = ins.province_id
              order by ins.id)
            select count(*) from ins""".formatted(MeasurementSnapshot.auditValuesSql("ins"));

    private static final String UPDATE = """
            update measurement m
            set value_number = u.value_number, value_level = u.value_level, source = u.source, note = u.note,
                source_url = coalesce(u.source_url,
                                      case when u.source is not distinct from m.source then m.source_url end),
                source_publisher = coalesce(u.source_publisher,
                                            case when u.source is not distinct from m.source then m.source_publisher end),
                computed = coalesce(u.computed, m.computed),
                updated_by = ?, updated_at = ?, version = m.version + 1
            from unnest(?::bigint[], ?::bigint[], ?::numeric[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                        ?::varchar[], ?::boolean[])
                 as u(id, version, value_number, value_level, source, note, source_url, source_publisher, computed)
            where m.id = u.id and m.version = u.version
            returning m.id, m.version, m.source_url, m.source_publisher, m.computed""";

    /**
     * The update states every row's address and publisher itself (a part the change gives is stored even with a new
     * source; one it leaves out stays while the source stays and goes with a new source: V60's rule), so the
     * provenance trigger steps aside for it (V62): V60's trigger alone cannot tell a stated address from a kept one.
     */
    private static final String PROVENANCE_STATED = "select set_config('cchc.provenance_stated', ?, true)";

    private static final String LOCK = "select id from measurement where id = any(?::bigint[]) order by id for update";

    /** A checked change and the value stored now ({@code null} if none). */
    record Write(Checked checked, MeasurementSnapshot current) {

        MeasurementChange change() {
            return checked.change();
        }
    }

    /** Who writes, when, how and why: what every audit entry of the batch carries. */
    record Author(Actor actor, Instant now, Origin origin, String reason) {}

    private final JdbcTemplate jdbc;

    MeasurementBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the stored rows about to change, in the order given (callers sort by id: one order for every writer). */
    void lock(List<Long> ids) {
        for (List<Long> chunk : chunks(ids)) {
            jdbc.query(
                    LOCK, ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", chunk.toArray())), rs -> {});
        }
    }

    void delete(List<Write> deletes, Author author, List<AuditEntry> entries) {
        for (List<Write> chunk : chunks(deletes)) {
            Set<Long> deleted = new HashSet<>();
            jdbc.query(
                    DELETE,
                    ps -> {
                        Connection c = ps.getConnection();
                        ps.setArray(
                                1, array(c, "bigint", chunk, w -> w.current().id()));
                        ps.setArray(
                                2, array(c, "bigint", chunk, w -> w.current().version()));
                    },
                    rs -> {
                        deleted.add(rs.getLong(1));
                    });
            requireAll(chunk.size(), deleted.size());
            for (Write w : chunk) {
                MeasurementSnapshot before = w.current();
                entries.add(entry(author, before, AuditAction.DELETE, before.auditValues(), null));
            }
        }
    }

    /** Inserts the new values, each with its audit row (written by the same statement). */
    void insert(List<Write> inserts, Author author) {
        for (List<Write> chunk : chunks(inserts)) {
            Integer written =
                    jdbc.query(INSERT, ps -> bindInsert(ps, chunk, author), rs -> rs.next() ? rs.getInt(1) : 0);
            requireAll(chunk.size(), written == null ? 0 : written);
        }
    }

    void update(List<Write> updates, Author author, List<AuditEntry> entries) {
        OffsetDateTime at = OffsetDateTime.ofInstant(author.now(), ZoneOffset.UTC);
        String username = author.actor().username();
        if (updates.isEmpty()) {
            return;
        }
        // local to the transaction: a failed update ends it, and the setting with it
        jdbc.queryForObject(PROVENANCE_STATED, String.class, "on");
        updateChunks(updates, author, entries, at, username);
        jdbc.queryForObject(PROVENANCE_STATED, String.class, "off");
    }

    private void updateChunks(
            List<Write> updates, Author author, List<AuditEntry> entries, OffsetDateTime at, String username) {
        for (List<Write> chunk : chunks(updates)) {
            Map<Long, Long> versions = new HashMap<>();
            Map<Long, Provenance> provenances = new HashMap<>();
            jdbc.query(
                    UPDATE,
                    ps -> {
                        Connection c = ps.getConnection();
                        ps.setString(1, username);
                        ps.setObject(2, at);
                        ps.setArray(
                                3, array(c, "bigint", chunk, w -> w.current().id()));
                        ps.setArray(
                                4, array(c, "bigint", chunk, w -> w.current().version()));
                        ps.setArray(5, array(c, "numeric", chunk, w -> w.checked()
                                .value()
                                .number()));
                        ps.setArray(6, array(c, "varchar", chunk, w -> w.checked()
                                .value()
                                .level()));
                        ps.setArray(
                                7, array(c, "varchar", chunk, w -> w.change().source()));
                        ps.setArray(
                                8, array(c, "varchar", chunk, w -> w.change().note()));
                        ps.setArray(9, array(c, "varchar", chunk, w -> w.change()
                                .provenance()
                                .sourceUrl()));
                        ps.setArray(10, array(c, "varchar", chunk, w -> w.change()
                                .provenance()
                                .sourcePublisher()));
                        ps.setArray(11, array(c, "boolean", chunk, w -> w.change()
                                .provenance()
                                .computed()));
                    },
                    rs -> {
                        versions.put(rs.getLong(1), rs.getLong(2));
                        provenances.put(
                                rs.getLong(1), new Provenance(rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                    });
            requireAll(chunk.size(), versions.size());
            for (Write w : chunk) {
                MeasurementSnapshot before = w.current();
                MeasurementChange c = w.change();
                MeasurementSnapshot after = new MeasurementSnapshot(
                        before.id(),
                        c.provinceCode(),
                        c.indicatorCode(),
                        before.unitKind(),
                        c.year(),
                        w.checked().value().number(),
                        w.checked().value().level(),
                        c.source(),
                        c.note(),
                        username,
                        author.now(),
                        versions.get(before.id()),
                        provenances.get(before.id()));
                entries.add(entry(author, after, AuditAction.UPDATE, before.auditValues(), after.auditValues()));
            }
        }
    }

    private static void bindInsert(PreparedStatement ps, List<Write> chunk, Author author) throws SQLException {
        Connection c = ps.getConnection();
        String username = author.actor().username();
        OffsetDateTime at = OffsetDateTime.ofInstant(author.now(), ZoneOffset.UTC);
        ps.setString(1, username);
        ps.setObject(2, at);
        ps.setString(3, username);
        ps.setObject(4, at);
        ps.setArray(5, array(c, "bigint", chunk, w -> w.checked().unit().id()));
        ps.setArray(6, array(c, "varchar", chunk, w -> w.change().indicatorCode()));
        ps.setArray(7, array(c, "varchar", chunk, w -> w.checked()
                .indicator()
                .unitKind()
                .name()));
        ps.setArray(8, array(c, "int4", chunk, w -> w.change().year()));
        ps.setArray(9, array(c, "numeric", chunk, w -> w.checked().value().number()));
        ps.setArray(10, array(c, "varchar", chunk, w -> w.checked().value().level()));
        ps.setArray(11, array(c, "varchar", chunk, w -> w.change().source()));
        ps.setArray(12, array(c, "varchar", chunk, w -> w.change().note()));
        ps.setArray(13, array(c, "varchar", chunk, w -> w.change().provenance().sourceUrl()));
        ps.setArray(14, array(c, "varchar", chunk, w -> w.change().provenance().sourcePublisher()));
        ps.setArray(15, array(c, "boolean", chunk, w -> w.change().provenance().computed()));
        // the audit rows: as AuditLog#record writes them
        ps.setObject(16, at);
        ps.setString(17, username);
        ps.setString(18, AuditEntityType.MEASUREMENT.name());
        ps.setString(19, AuditAction.CREATE.name());
        ps.setString(20, author.reason());
        ps.setString(21, author.origin().text());
    }

    private static java.sql.Array array(Connection c, String type, List<Write> chunk, Function<Write, Object> part)
            throws SQLException {
        return c.createArrayOf(type, chunk.stream().map(part).toArray());
    }

    /** Every row of a chunk must have been written; one missed row means someone changed it since it was read. */
    private static void requireAll(int expected, int written) {
        if (written != expected) {
            throw new OptimisticLockingFailureException((expected - written) + " value(s) changed concurrently");
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static AuditEntry entry(
            Author author,
            MeasurementSnapshot m,
            AuditAction action,
            Map<String, Object> before,
            Map<String, Object> after) {
        return new AuditEntry(
                author.actor().username(),
                AuditEntityType.MEASUREMENT,
                m.id(),
                m.provinceCode(),
                m.indicatorCode(),
                m.year(),
                action,
                before,
                after,
                author.reason(),
                author.origin());
    }
}
