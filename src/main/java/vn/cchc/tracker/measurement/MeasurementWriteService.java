package vn.cchc.tracker.measurement;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
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
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.indicator.ValueSpec;
import vn.cchc.tracker.province.Province;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.Violation;

/**
 * The one way yearly values are written: the results grid uses it, and so can an import.
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
 */
@Service
public class MeasurementWriteService {

    private static final int MAX_SOURCE = 1000;
    private static final int MAX_NOTE = 1000;

    private final MeasurementRepository measurements;
    private final IndicatorRepository indicators;
    private final ProvinceService provinces;
    private final ApprovalService approvals;
    private final AuditLog audit;
    private final Clock clock;

    public MeasurementWriteService(MeasurementRepository measurements, IndicatorRepository indicators,
                                   ProvinceService provinces, ApprovalService approvals, AuditLog audit, Clock clock) {
        this.measurements = measurements;
        this.indicators = indicators;
        this.provinces = provinces;
        this.approvals = approvals;
        this.audit = audit;
        this.clock = clock;
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
        Set<String> provinceYears = new LinkedHashSet<>();
        for (MeasurementChange c : changes) {
            if (provinceYears.add(c.provinceCode() + "/" + c.year()) && validYear(c.year())
                    && approvals.isApproved(c.provinceCode(), c.year())) {
                throw new YearApprovedException(c.provinceCode(), c.year());
            }
        }

        Map<String, Indicator> catalogue = new HashMap<>();
        indicators.findAllById(changes.stream().map(MeasurementChange::indicatorCode).distinct().toList())
                .forEach(i -> catalogue.put(i.getCode(), i));
        Map<String, Optional<Province>> units = new HashMap<>();
        Map<String, Measurement> stored = storedValues(changes);

        List<Violation> violations = new ArrayList<>();
        List<ValueRules.Value> values = new ArrayList<>();
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
                    k -> provinces.unitInYear(c.provinceCode(), c.year())).isEmpty()) {
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
            ValueRules.Outcome outcome = ValueRules.check(row + "value", c.value(), ValueSpec.of(indicator));
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
            Measurement current = stored.get(key(c.provinceCode(), c.indicatorCode(), c.year()));
            if (!versionMatches(c.expectedVersion(), current)) {
                conflicts.add(new MeasurementConflictException.Conflict(i, c,
                        current == null ? null : MeasurementSnapshot.of(current)));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new MeasurementConflictException(conflicts);
        }

        int created = 0;
        int updated = 0;
        int deleted = 0;
        int unchanged = 0;
        Instant now = clock.instant();
        for (int i = 0; i < changes.size(); i++) {
            MeasurementChange c = changes.get(i);
            Measurement current = stored.get(key(c.provinceCode(), c.indicatorCode(), c.year()));
            ValueRules.Value value = values.get(i);
            if (value == null) {
                if (current == null) {
                    unchanged++;
                } else {
                    MeasurementSnapshot before = MeasurementSnapshot.of(current);
                    measurements.delete(current);
                    record(actor, before, AuditAction.DELETE, before.auditValues(), null, origin, reason);
                    deleted++;
                }
            } else if (current == null) {
                Province unit = units.get(c.provinceCode() + "/" + c.year()).orElseThrow();
                Measurement m = new Measurement(unit, catalogue.get(c.indicatorCode()), c.year(), value.number(),
                        value.level(), c.source(), c.note(), actor.username(), now);
                measurements.save(m);
                flush();
                MeasurementSnapshot after = MeasurementSnapshot.of(m);
                record(actor, after, AuditAction.CREATE, null, after.auditValues(), origin, reason);
                created++;
            } else if (value.sameAs(current.getValueNumber(), current.getValueLevel())
                    && Objects.equals(c.source(), current.getSource()) && Objects.equals(c.note(), current.getNote())) {
                unchanged++;
            } else {
                MeasurementSnapshot before = MeasurementSnapshot.of(current);
                current.change(value.number(), value.level(), c.source(), c.note(), actor.username(), now);
                flush();
                MeasurementSnapshot after = MeasurementSnapshot.of(current);
                record(actor, after, AuditAction.UPDATE, before.auditValues(), after.auditValues(), origin, reason);
                updated++;
            }
        }
        flush();
        return new ApplyResult(created, updated, deleted, unchanged);
    }

    private Map<String, Measurement> storedValues(List<MeasurementChange> changes) {
        Map<String, Set<Integer>> yearsByCode = new HashMap<>();
        changes.forEach(c -> yearsByCode.computeIfAbsent(c.provinceCode(), k -> new HashSet<>()).add(c.year()));
        Map<String, Measurement> stored = new HashMap<>();
        // newer units come last, so they win if two units under one code hold the same year
        yearsByCode.forEach((code, years) -> measurements.findByProvinceCodeAndYears(code, years)
                .forEach(m -> stored.put(key(code, m.getIndicator().getCode(), m.getYear()), m)));
        return stored;
    }

    private static boolean versionMatches(Long expected, Measurement current) {
        if (expected != null && expected == MeasurementChange.ANY_VERSION) {
            return true;
        }
        if (current == null) {
            return expected == null;
        }
        return expected != null && expected == current.getVersion();
    }

    private void flush() {
        try {
            measurements.flush();
        } catch (DataIntegrityViolationException e) {
            // someone stored the same province, indicator and year between our read and our write
            throw new OptimisticLockingFailureException("a value was written concurrently", e);
        }
    }

    private void record(Actor actor, MeasurementSnapshot m, AuditAction action, Map<String, Object> before,
                        Map<String, Object> after, Origin origin, String reason) {
        audit.record(new AuditEntry(actor.username(), AuditEntityType.MEASUREMENT, m.id(), m.provinceCode(),
                m.indicatorCode(), m.year(), action, before, after, reason, origin));
    }

    private static boolean validYear(int year) {
        return year >= EvaluationYears.FIRST && year <= EvaluationYears.LAST;
    }

    private static String key(String code, String indicator, int year) {
        return code + "/" + indicator + "/" + year;
    }
}
