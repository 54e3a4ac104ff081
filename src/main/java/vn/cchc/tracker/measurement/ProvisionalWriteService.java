package vn.cchc.tracker.measurement;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.measurement.MeasurementChecks.Checked;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.support.Numbers;

/**
 * The one way provisional values are written (issue 16): a value known at a period of the year (first quarter, six
 * months, nine months), shown as provisional with its period until the yearly result replaces it for attainment.
 * The provisional entry page and the restore of a backup use it.
 *
 * <p>{@link #apply} writes the changes of one province at one period in one transaction, or none of them. In this
 * order it checks, and stops at the first kind of problem, having written nothing:
 * <ol>
 *   <li>scope: the actor may write the province, else {@code AccessDeniedException};</li>
 *   <li>period: the year has the period and it takes provisional values (not the year's own period: the yearly
 *       result is the year's value), else {@link NotFoundException};</li>
 *   <li>approval: the province's year is not approved, else {@link YearApprovedException} — an approved year's
 *       provisional values are as read-only as its results;</li>
 *   <li>input: exactly the yearly results' checks ({@link MeasurementChecks}: indicator known, the province existed
 *       under its code that year, each value by {@code ValueRules} within the indicator's range, a source with every
 *       value, texts the database keeps, an indicator once), else {@code InvalidInputException} naming
 *       {@code rows[i].value}, {@code rows[i].source}, {@code rows[i].note} or {@code rows[i].indicatorCode};</li>
 *   <li>versions: each change's {@code expectedVersion} is the stored version (or {@code null} with nothing stored),
 *       else {@link MeasurementConflictException} listing every conflict with the value stored now.</li>
 * </ol>
 * Then a blank value deletes a stored value, a value creates or updates one, and a change that changes nothing is
 * skipped. Every create, update and delete writes an audit row ({@code PROVISIONAL}: who, when, old → new with the
 * period, origin) in the same transaction. Updates and deletes carry the version they expect; a write that races with
 * another one after these checks ends in {@link OptimisticLockingFailureException}, with nothing written. A period
 * holds a few dozen values, so each is one statement. The database holds the same line (V72): the range, the lock of
 * an approved year and the refusal of the year's own period are triggers.
 */
@Service
public class ProvisionalWriteService {

    private static final String INSERT = """
            insert into provisional_measurement (period_id, province_id, indicator_code, indicator_kind, value_number,
                                                 value_level, source, note, created_by, created_at, updated_by,
                                                 updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""";
    private static final String UPDATE = """
            update provisional_measurement set value_number = ?, value_level = ?, source = ?, note = ?,
                                               updated_by = ?, updated_at = ?, version = version + 1
            where id = ? and version = ?""";
    private static final String DELETE = "delete from provisional_measurement where id = ? and version = ?";

    private final IndicatorService indicators;
    private final ProvinceService provinces;
    private final StoredMeasurements approvals;
    private final StoredProvisionals stored;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProvisionalWriteService(
            IndicatorService indicators,
            ProvinceService provinces,
            StoredMeasurements approvals,
            StoredProvisionals stored,
            AuditLog audit,
            JdbcTemplate jdbc,
            Clock clock) {
        this.indicators = indicators;
        this.provinces = provinces;
        this.approvals = approvals;
        this.stored = stored;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param provinceCode GSO code; the values go to the unit that carried it in the year
     * @param year         the period's year
     * @param periodKind   {@code Q1}, {@code H1} or {@code M9}
     * @param changes      the values as the caller wants them, each of this province and year; indices name the
     *                     changes in violations and conflicts
     * @param actor        who writes; must be allowed to write the province
     * @param origin       how the changes came in
     */
    @Transactional
    public ApplyResult apply(
            String provinceCode,
            int year,
            String periodKind,
            List<MeasurementChange> changes,
            Actor actor,
            Origin origin) {
        Objects.requireNonNull(actor, "actor");
        actor.requireWrite(provinceCode);
        for (MeasurementChange c : changes) {
            if (!c.provinceCode().equals(provinceCode) || c.year() != year) {
                throw new IllegalArgumentException("a change of another province or year: " + c.key());
            }
        }
        ProvisionalPeriod period = stored.period(stored.periods(year), periodKind)
                .orElseThrow(() -> new NotFoundException("provisional.error.period", periodKind, year));
        if (approvals.approvedYears(List.of(provinceCode)).contains(provinceCode + "/" + year)) {
            throw new YearApprovedException(provinceCode, year);
        }
        List<Checked> checked = MeasurementChecks.check(changes, indicators.snapshot(), provinces.units());
        if (checked.isEmpty()) {
            return new ApplyResult(0, 0, 0, 0);
        }
        ProvinceUnit unit = checked.get(0).unit();
        Map<String, MeasurementSnapshot> current = stored.stored(period, provinceCode, unit.id());

        List<MeasurementConflictException.Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            MeasurementChange c = changes.get(i);
            MeasurementSnapshot now = current.get(c.indicatorCode());
            if (!versionMatches(c.expectedVersion(), now)) {
                conflicts.add(new MeasurementConflictException.Conflict(i, c, now));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new MeasurementConflictException(conflicts);
        }

        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String username = actor.username();
        List<AuditEntry> entries = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int deleted = 0;
        int unchanged = 0;
        try {
            for (Checked c : checked) {
                MeasurementChange change = c.change();
                MeasurementSnapshot now = current.get(change.indicatorCode());
                if (c.value() == null) {
                    if (now == null) {
                        unchanged++;
                        continue;
                    }
                    requireOne(jdbc.update(DELETE, now.id(), now.version()));
                    entries.add(entry(
                            actor, origin, period, now.id(), change, AuditAction.DELETE, values(now, period), null));
                    deleted++;
                } else if (now == null) {
                    Long id = jdbc.queryForObject(
                            INSERT,
                            Long.class,
                            period.id(),
                            unit.id(),
                            change.indicatorCode(),
                            c.indicator().unitKind().name(),
                            c.value().number(),
                            c.value().level(),
                            change.source(),
                            change.note(),
                            username,
                            at,
                            username,
                            at);
                    entries.add(entry(actor, origin, period, id, change, AuditAction.CREATE, null, values(c, period)));
                    created++;
                } else if (c.value().sameAs(now.number(), now.level())
                        && Objects.equals(change.source(), now.source())
                        && Objects.equals(change.note(), now.note())) {
                    unchanged++;
                } else {
                    requireOne(jdbc.update(
                            UPDATE,
                            c.value().number(),
                            c.value().level(),
                            change.source(),
                            change.note(),
                            username,
                            at,
                            now.id(),
                            now.version()));
                    entries.add(entry(
                            actor,
                            origin,
                            period,
                            now.id(),
                            change,
                            AuditAction.UPDATE,
                            values(now, period),
                            values(c, period)));
                    updated++;
                }
            }
        } catch (DataIntegrityViolationException e) {
            // someone stored a value of the same indicator at the period between our read and our write
            throw new OptimisticLockingFailureException("a provisional value was written concurrently", e);
        }
        audit.recordAll(entries);
        return new ApplyResult(created, updated, deleted, unchanged);
    }

    private static void requireOne(int rows) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("a provisional value was changed concurrently");
        }
    }

    private static boolean versionMatches(Long expected, MeasurementSnapshot current) {
        if (expected != null && expected == MeasurementChange.ANY_VERSION) {
            return true;
        }
        if (current == null) {
            return expected == null;
        }
        return expected != null && expected == current.version();
    }

    private static Map<String, Object> values(MeasurementSnapshot m, ProvisionalPeriod period) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("period", period.kind());
        values.putAll(m.auditValues());
        return values;
    }

    private static Map<String, Object> values(Checked c, ProvisionalPeriod period) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("period", period.kind());
        values.put(
                "value",
                c.value().level() != null
                        ? c.value().level()
                        : Numbers.plain(c.value().number()).toPlainString());
        values.put("source", c.change().source());
        values.put("note", c.change().note());
        return values;
    }

    private static AuditEntry entry(
            Actor actor,
            Origin origin,
            ProvisionalPeriod period,
            Long id,
            MeasurementChange change,
            AuditAction action,
            Map<String, Object> before,
            Map<String, Object> after) {
        return new AuditEntry(
                actor.username(),
                AuditEntityType.PROVISIONAL,
                id,
                change.provinceCode(),
                change.indicatorCode(),
                period.year(),
                action,
                before,
                after,
                null,
                origin);
    }
}
