package vn.cchc.tracker.measurement;

import jakarta.persistence.EntityManager;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.IndicatorRepository;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.indicator.ValueSpec;
import vn.cchc.tracker.province.Province;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.Violation;

/**
 * The one way yearly values are written: the results grid uses it, and so does the import of a results file.
 *
 * <p>{@link #apply} takes a batch of changes and writes all of them in one transaction or none of them. In this order
 * it checks, and stops at the first kind of problem, having written nothing:
 * <ol>
 *   <li>scope: the actor may write every province in the batch, else {@code AccessDeniedException};</li>
 *   <li>approval: no province-year in the batch is approved, else {@link YearApprovedException};</li>
 *   <li>input: indicator known, year valid, the province existed under its code that year, each value valid for its
 *       indicator ({@link ValueRules}), a source with every value, an indicator at most once per province-year,
 *       else {@link InvalidInputException} whose violations name the field {@code rows[i].value},
 *       {@code rows[i].source}, {@code rows[i].note} or {@code rows[i].indicatorCode}, {@code i} being the change's
 *       index in the list;</li>
 *   <li>versions: each change's {@code expectedVersion} is the stored version (or {@code null} with nothing stored),
 *       else {@link MeasurementConflictException} listing every conflict with the value stored now.</li>
 * </ol>
 * Then a blank value deletes a stored value, a value creates or updates one, and a change that changes nothing
 * is skipped. Every create, update and delete writes an audit row (who, when, old → new, origin, reason) in the same
 * transaction. A write that races with another one after these checks ends in
 * {@link OptimisticLockingFailureException}, also with nothing written.
 *
 * <p>Set-based, so a national file of 140,000 values costs what a grid of ten does, times the rows only where the
 * database must touch each row: the checks read the catalogue, the units, the approvals and every stored value the
 * batch touches in a constant number of statements; deletes, inserts, updates and audit rows go to PostgreSQL as
 * arrays ({@code unnest}), one statement per {@value #CHUNK} rows. Updates and deletes carry the version they expect
 * ({@code where id = … and version = …}) and every row they miss is a conflict, so optimistic locking holds as with
 * the entity's {@code @Version}. It writes with JDBC: the persistence context is flushed before and cleared after.
 */
@Service
public class MeasurementWriteService {

    static final int CHUNK = 5000;
    private static final int MAX_SOURCE = 1000;
    private static final int MAX_NOTE = 1000;

    private static final String APPROVED = "select province_code, year from result_approval where province_code = any(?)";
    private static final String STORED = """
            select m.id, m.version, p.code, m.indicator_code, m.indicator_kind, m.year, m.value_number, m.value_level,
                   m.source, m.note, m.updated_by, m.updated_at
            from measurement m join province p on p.id = m.province_id
            where p.code = any(?) and m.year = any(?) and m.indicator_code = any(?)
            order by p.valid_from, m.id""";
    private static final String DELETE = """
            delete from measurement m using unnest(?::bigint[], ?::bigint[]) as u(id, version)
            where m.id = u.id and m.version = u.version
            returning m.id""";
    private static final String INSERT = """
            insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, value_level, source,
                                     note, created_by, created_at, updated_by, updated_at)
            select u.province_id, u.indicator_code, u.indicator_kind, u.year, u.value_number, u.value_level, u.source,
                   u.note, ?, ?, ?, ?
            from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::int[], ?::numeric[], ?::varchar[], ?::varchar[],
                        ?::varchar[]) as u(province_id, indicator_code, indicator_kind, year, value_number, value_level,
                                          source, note)
            returning id, province_id, indicator_code, year""";
    private static final String UPDATE = """
            update measurement m
            set value_number = u.value_number, value_level = u.value_level, source = u.source, note = u.note,
                updated_by = ?, updated_at = ?, version = m.version + 1
            from unnest(?::bigint[], ?::bigint[], ?::numeric[], ?::varchar[], ?::varchar[], ?::varchar[])
                 as u(id, version, value_number, value_level, source, note)
            where m.id = u.id and m.version = u.version
            returning m.id, m.version""";

    private final JdbcTemplate jdbc;
    private final IndicatorRepository indicators;
    private final ProvinceService provinces;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final Clock clock;

    public MeasurementWriteService(JdbcTemplate jdbc, IndicatorRepository indicators, ProvinceService provinces,
                                   AuditLog audit, EntityManager entityManager, Clock clock) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.provinces = provinces;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A stored value as the checks and the audit trail need it. */
    private record Stored(long id, long version, String provinceCode, String indicatorCode, UnitKind kind, int year,
                          BigDecimal number, String level, String source, String note, String updatedBy,
                          Instant updatedAt) {

        MeasurementSnapshot snapshot() {
            return new MeasurementSnapshot(id, provinceCode, indicatorCode, kind, year, number, level, source, note,
                    updatedBy, updatedAt, version);
        }
    }

    /** A value to create, update or delete, once every check has passed. */
    private record Write(MeasurementChange change, Province unit, Indicator indicator, ValueRules.Value value,
                         Stored current) {
    }

    /**
     * @param changes the values as the caller wants them; indices name the changes in violations and conflicts
     * @param actor   who writes; must be allowed to write every province in the batch
     * @param origin  how the changes came in ({@link Origin#WEB}, or {@link Origin#importOf(String)})
     * @param reason  why, kept on every audit row; may be {@code null}
     */
    @Transactional
    public ApplyResult apply(List<MeasurementChange> changes, Actor actor, Origin origin, String reason) {
        Objects.requireNonNull(actor, "actor");
        Set<String> codes = new LinkedHashSet<>();
        changes.forEach(c -> codes.add(c.provinceCode()));
        codes.forEach(actor::requireWrite);
        if (changes.isEmpty()) {
            return new ApplyResult(0, 0, 0, 0);
        }
        entityManager.flush();
        Set<String> approved = approvedYears(codes);
        Set<String> provinceYears = new HashSet<>();
        for (MeasurementChange c : changes) {
            String provinceYear = c.provinceCode() + "/" + c.year();
            if (provinceYears.add(provinceYear) && validYear(c.year()) && approved.contains(provinceYear)) {
                throw new YearApprovedException(c.provinceCode(), c.year());
            }
        }

        Map<String, Indicator> catalogue = new HashMap<>();
        indicators.findAllById(changes.stream().map(MeasurementChange::indicatorCode).distinct().toList())
                .forEach(i -> catalogue.put(i.getCode(), i));
        Map<String, ValueSpec> specs = new HashMap<>();
        Map<String, List<Province>> unitsByCode = new HashMap<>();
        provinces.allUnits().forEach(p -> unitsByCode.computeIfAbsent(p.getCode(), k -> new ArrayList<>()).add(p));
        Map<String, Optional<Province>> units = new HashMap<>();
        Map<String, Stored> stored = storedValues(changes);

        List<Violation> violations = new ArrayList<>();
        List<ValueRules.Value> values = new ArrayList<>(changes.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            MeasurementChange c = changes.get(i);
            String row = "rows[" + i + "].";
            values.add(null);
            Indicator indicator = catalogue.get(c.indicatorCode());
            if (indicator == null) {
                violations.add(Violation.of(row + "indicatorCode", "results.error.indicator.unknown", c.indicatorCode()));
                continue;
            }
            if (!validYear(c.year())) {
                violations.add(Violation.of(row + "value", "results.error.year", c.year(), EvaluationYears.FIRST, EvaluationYears.LAST));
                continue;
            }
            if (units.computeIfAbsent(c.provinceCode() + "/" + c.year(),
                    k -> unitInYear(unitsByCode.getOrDefault(c.provinceCode(), List.of()), c.year())).isEmpty()) {
                violations.add(Violation.of(row + "value", "results.error.province.notInYear", c.provinceCode(), c.year()));
                continue;
            }
            if (!seen.add(key(c.provinceCode(), c.indicatorCode(), c.year()))) {
                violations.add(Violation.of(row + "indicatorCode", "results.error.duplicate", c.indicatorCode()));
                continue;
            }
            if (c.removesValue()) {
                continue;
            }
            ValueSpec spec = specs.computeIfAbsent(indicator.getCode(), k -> ValueSpec.of(indicator));
            ValueRules.Outcome outcome = ValueRules.check(row + "value", c.value(), spec);
            if (outcome.violation() != null) {
                violations.add(outcome.violation());
            } else {
                values.set(i, outcome.value());
            }
            if (c.source() == null) {
                violations.add(Violation.of(row + "source", "results.error.source.required"));
            } else if (c.source().length() > MAX_SOURCE) {
                violations.add(Violation.of(row + "source", "results.error.tooLong", MAX_SOURCE));
            }
            if (c.note() != null && c.note().length() > MAX_NOTE) {
                violations.add(Violation.of(row + "note", "results.error.tooLong", MAX_NOTE));
            }
        }
        InvalidInputException.throwIfAny(violations);

        List<MeasurementConflictException.Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            MeasurementChange c = changes.get(i);
            Stored current = stored.get(key(c.provinceCode(), c.indicatorCode(), c.year()));
            if (!versionMatches(c.expectedVersion(), current)) {
                conflicts.add(new MeasurementConflictException.Conflict(i, c, current == null ? null : current.snapshot()));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new MeasurementConflictException(conflicts);
        }

        List<Write> deletes = new ArrayList<>();
        List<Write> inserts = new ArrayList<>();
        List<Write> updates = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < changes.size(); i++) {
            MeasurementChange c = changes.get(i);
            Stored current = stored.get(key(c.provinceCode(), c.indicatorCode(), c.year()));
            ValueRules.Value value = values.get(i);
            Write write = new Write(c, units.get(c.provinceCode() + "/" + c.year()).orElseThrow(),
                    catalogue.get(c.indicatorCode()), value, current);
            if (value == null) {
                if (current == null) {
                    unchanged++;
                } else {
                    deletes.add(write);
                }
            } else if (current == null) {
                inserts.add(write);
            } else if (value.sameAs(current.number(), current.level())
                    && Objects.equals(c.source(), current.source()) && Objects.equals(c.note(), current.note())) {
                unchanged++;
            } else {
                updates.add(write);
            }
        }

        Instant now = clock.instant();
        List<AuditEntry> entries = new ArrayList<>(deletes.size() + inserts.size() + updates.size());
        try {
            delete(deletes, actor, origin, reason, entries);
            insert(inserts, actor, now, origin, reason, entries);
            update(updates, actor, now, origin, reason, entries);
        } catch (DataIntegrityViolationException e) {
            // someone stored the same province, indicator and year between our read and our write
            throw new OptimisticLockingFailureException("a value was written concurrently", e);
        }
        audit.recordAll(entries);
        entityManager.clear();
        return new ApplyResult(inserts.size(), updates.size(), deletes.size(), unchanged);
    }

    private Set<String> approvedYears(Set<String> codes) {
        Set<String> approved = new HashSet<>();
        jdbc.query(APPROVED, ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", codes.toArray())),
                rs -> {
                    approved.add(rs.getString(1) + "/" + rs.getInt(2));
                });
        return approved;
    }

    /** Every stored value under the batch's codes, indicators and years, in one statement; newer units win. */
    private Map<String, Stored> storedValues(List<MeasurementChange> changes) {
        Object[] codes = changes.stream().map(MeasurementChange::provinceCode).distinct().toArray();
        Object[] years = changes.stream().map(MeasurementChange::year).distinct().toArray();
        Object[] indicatorCodes = changes.stream().map(MeasurementChange::indicatorCode).distinct().toArray();
        Set<String> wanted = new HashSet<>();
        changes.forEach(c -> wanted.add(key(c.provinceCode(), c.indicatorCode(), c.year())));
        Map<String, Stored> stored = new HashMap<>();
        jdbc.query(STORED, ps -> {
            Connection c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("varchar", codes));
            ps.setArray(2, c.createArrayOf("int4", years));
            ps.setArray(3, c.createArrayOf("varchar", indicatorCodes));
        }, rs -> {
            String key = key(rs.getString(3), rs.getString(4), rs.getInt(6));
            if (wanted.contains(key)) {
                stored.put(key, new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        UnitKind.valueOf(rs.getString(5)), rs.getInt(6), rs.getBigDecimal(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class).toInstant()));
            }
        });
        return stored;
    }

    private void delete(List<Write> deletes, Actor actor, Origin origin, String reason, List<AuditEntry> entries) {
        for (List<Write> chunk : chunks(deletes)) {
            Set<Long> deleted = new HashSet<>();
            jdbc.query(DELETE, ps -> {
                Connection c = ps.getConnection();
                ps.setArray(1, c.createArrayOf("bigint", chunk.stream().map(w -> w.current().id()).toArray()));
                ps.setArray(2, c.createArrayOf("bigint", chunk.stream().map(w -> w.current().version()).toArray()));
            }, rs -> {
                deleted.add(rs.getLong(1));
            });
            requireAll(chunk.size(), deleted.size());
            for (Write w : chunk) {
                MeasurementSnapshot before = w.current().snapshot();
                entries.add(entry(actor, before, AuditAction.DELETE, before.auditValues(), null, origin, reason));
            }
        }
    }

    private void insert(List<Write> inserts, Actor actor, Instant now, Origin origin, String reason,
                        List<AuditEntry> entries) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        for (List<Write> chunk : chunks(inserts)) {
            Map<String, Long> ids = new HashMap<>();
            jdbc.query(INSERT, ps -> bindInsert(ps, chunk, actor.username(), at),
                    rs -> {
                        ids.put(rs.getLong(2) + "/" + rs.getString(3) + "/" + rs.getInt(4), rs.getLong(1));
                    });
            requireAll(chunk.size(), ids.size());
            for (Write w : chunk) {
                MeasurementChange c = w.change();
                long id = ids.get(w.unit().getId() + "/" + c.indicatorCode() + "/" + c.year());
                MeasurementSnapshot after = new MeasurementSnapshot(id, c.provinceCode(), c.indicatorCode(),
                        w.indicator().getUnitKind(), c.year(), w.value().number(), w.value().level(), c.source(),
                        c.note(), actor.username(), now, 0);
                entries.add(entry(actor, after, AuditAction.CREATE, null, after.auditValues(), origin, reason));
            }
        }
    }

    private static void bindInsert(PreparedStatement ps, List<Write> chunk, String author, OffsetDateTime at)
            throws SQLException {
        int n = chunk.size();
        Long[] units = new Long[n];
        String[] indicatorCodes = new String[n];
        String[] kinds = new String[n];
        Integer[] years = new Integer[n];
        BigDecimal[] numbers = new BigDecimal[n];
        String[] levels = new String[n];
        String[] sources = new String[n];
        String[] notes = new String[n];
        for (int i = 0; i < n; i++) {
            Write w = chunk.get(i);
            units[i] = w.unit().getId();
            indicatorCodes[i] = w.change().indicatorCode();
            kinds[i] = w.indicator().getUnitKind().name();
            years[i] = w.change().year();
            numbers[i] = w.value().number();
            levels[i] = w.value().level();
            sources[i] = w.change().source();
            notes[i] = w.change().note();
        }
        Connection c = ps.getConnection();
        ps.setString(1, author);
        ps.setObject(2, at);
        ps.setString(3, author);
        ps.setObject(4, at);
        ps.setArray(5, c.createArrayOf("bigint", units));
        ps.setArray(6, c.createArrayOf("varchar", indicatorCodes));
        ps.setArray(7, c.createArrayOf("varchar", kinds));
        ps.setArray(8, c.createArrayOf("int4", years));
        ps.setArray(9, c.createArrayOf("numeric", numbers));
        ps.setArray(10, c.createArrayOf("varchar", levels));
        ps.setArray(11, c.createArrayOf("varchar", sources));
        ps.setArray(12, c.createArrayOf("varchar", notes));
    }

    private void update(List<Write> updates, Actor actor, Instant now, Origin origin, String reason,
                        List<AuditEntry> entries) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        for (List<Write> chunk : chunks(updates)) {
            Map<Long, Long> versions = new HashMap<>();
            jdbc.query(UPDATE, ps -> {
                Connection c = ps.getConnection();
                ps.setString(1, actor.username());
                ps.setObject(2, at);
                ps.setArray(3, c.createArrayOf("bigint", chunk.stream().map(w -> w.current().id()).toArray()));
                ps.setArray(4, c.createArrayOf("bigint", chunk.stream().map(w -> w.current().version()).toArray()));
                ps.setArray(5, c.createArrayOf("numeric", chunk.stream().map(w -> w.value().number()).toArray()));
                ps.setArray(6, c.createArrayOf("varchar", chunk.stream().map(w -> w.value().level()).toArray()));
                ps.setArray(7, c.createArrayOf("varchar", chunk.stream().map(w -> w.change().source()).toArray()));
                ps.setArray(8, c.createArrayOf("varchar", chunk.stream().map(w -> w.change().note()).toArray()));
            }, rs -> {
                versions.put(rs.getLong(1), rs.getLong(2));
            });
            requireAll(chunk.size(), versions.size());
            for (Write w : chunk) {
                Stored current = w.current();
                MeasurementChange c = w.change();
                MeasurementSnapshot before = current.snapshot();
                MeasurementSnapshot after = new MeasurementSnapshot(current.id(), c.provinceCode(), c.indicatorCode(),
                        current.kind(), c.year(), w.value().number(), w.value().level(), c.source(), c.note(),
                        actor.username(), now, versions.get(current.id()));
                entries.add(entry(actor, after, AuditAction.UPDATE, before.auditValues(), after.auditValues(), origin, reason));
            }
        }
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

    /** The unit that carried the code in the year; the newer one if two did (units come oldest first). */
    private static Optional<Province> unitInYear(List<Province> units, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return units.stream()
                .filter(p -> !p.getValidFrom().isAfter(last) && (p.getValidTo() == null || !p.getValidTo().isBefore(first)))
                .reduce((older, newer) -> newer);
    }

    private static boolean versionMatches(Long expected, Stored current) {
        if (expected != null && expected == MeasurementChange.ANY_VERSION) {
            return true;
        }
        if (current == null) {
            return expected == null;
        }
        return expected != null && expected == current.version();
    }

    private static AuditEntry entry(Actor actor, MeasurementSnapshot m, AuditAction action, Map<String, Object> before,
                                    Map<String, Object> after, Origin origin, String reason) {
        return new AuditEntry(actor.username(), AuditEntityType.MEASUREMENT, m.id(), m.provinceCode(),
                m.indicatorCode(), m.year(), action, before, after, reason, origin);
    }

    private static boolean validYear(int year) {
        return year >= EvaluationYears.FIRST && year <= EvaluationYears.LAST;
    }

    private static String key(String code, String indicator, int year) {
        return code + "/" + indicator + "/" + year;
    }
}
