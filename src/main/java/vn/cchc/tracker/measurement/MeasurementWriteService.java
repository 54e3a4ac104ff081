package vn.cchc.tracker.measurement;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.indicator.ValueRules;
import vn.cchc.tracker.measurement.MeasurementBatch.Author;
import vn.cchc.tracker.measurement.MeasurementBatch.Write;
import vn.cchc.tracker.measurement.MeasurementChecks.Checked;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.InvalidInputException;

/**
 * The one way yearly values are written: the results grid uses it, and so do the import of a results file and the
 * restore of a backup.
 *
 * <p>{@link #apply} takes a batch of changes and writes all of them in one transaction or none of them. In this order
 * it checks, and stops at the first kind of problem, having written nothing:
 * <ol>
 *   <li>scope: the actor may write every province in the batch, else {@code AccessDeniedException};</li>
 *   <li>approval: no province-year in the batch is approved, else {@link YearApprovedException};</li>
 *   <li>input: indicator known, year valid, the province existed under its code that year, each value valid for its
 *       indicator ({@link ValueRules}, the grammar the import and the restore read values with too), a source with
 *       every value, an indicator at most once per province-year, else {@link InvalidInputException} whose
 *       violations name the field {@code rows[i].value}, {@code rows[i].source}, {@code rows[i].note} or
 *       {@code rows[i].indicatorCode}, {@code i} being the change's index in the list;</li>
 *   <li>versions: each change's {@code expectedVersion} is the stored version (or {@code null} with nothing stored),
 *       else {@link MeasurementConflictException} listing every conflict with the value stored now.</li>
 * </ol>
 * Then a blank value deletes a stored value, a value creates or updates one, and a change that changes nothing
 * (value, source and note as stored, and every part of its provenance it states) is skipped. A change's
 * {@link Provenance} (the source's address, publisher and computed mark; callers check the address against
 * {@link Provenance#URL}, as the import and the restore do) is stored on insert. On update a stated address (or
 * publisher) is stored even when the source text changes (a new publication on the same page); one left {@code null}
 * keeps the stored one while the source text stays and goes when it changes; a computed mark left {@code null} keeps
 * the stored one, and the database drops it when the value changes. Every create, update and delete writes an audit
 * row (who, when, old → new, origin, reason) in the same transaction (a create's in the very statement that inserts
 * the value). A write that races with another one after these checks ends in
 * {@link OptimisticLockingFailureException}, also with nothing written.
 *
 * <p>Set-based, so a national file of 140,000 values costs what a grid of ten does, times the rows only where the
 * database must touch each row: the checks read the catalogue, the units, the approvals and every stored value the
 * batch touches in a constant number of statements ({@link MeasurementChecks} runs the input step in plain Java);
 * deletes, inserts, updates and audit rows go to PostgreSQL as arrays ({@code unnest}), one statement per
 * {@value MeasurementBatch#CHUNK} rows ({@link MeasurementBatch}). Updates and deletes carry the version they expect
 * ({@code where id = … and version = …}) and every row they miss is a conflict, so optimistic locking holds as with
 * the entity's {@code @Version}. It writes with JDBC: the persistence context is flushed before and cleared after.
 */
@Service
public class MeasurementWriteService {

    private final IndicatorService indicators;
    private final ProvinceService provinces;
    private final StoredMeasurements stored;
    private final MeasurementBatch batch;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final Clock clock;

    MeasurementWriteService(
            IndicatorService indicators,
            ProvinceService provinces,
            StoredMeasurements stored,
            MeasurementBatch batch,
            AuditLog audit,
            EntityManager entityManager,
            Clock clock) {
        this.indicators = indicators;
        this.provinces = provinces;
        this.stored = stored;
        this.batch = batch;
        this.audit = audit;
        this.entityManager = entityManager;
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
        if (changes.isEmpty()) {
            return new ApplyResult(0, 0, 0, 0);
        }
        entityManager.flush();
        Set<String> approved = stored.approvedYears(codes);
        Set<String> provinceYears = new HashSet<>();
        for (MeasurementChange c : changes) {
            String provinceYear = c.provinceCode() + "/" + c.year();
            boolean approvedYear = EvaluationYears.isValid(c.year()) && approved.contains(provinceYear);
            if (provinceYears.add(provinceYear) && approvedYear) {
                throw new YearApprovedException(c.provinceCode(), c.year());
            }
        }
        List<Checked> checked = MeasurementChecks.check(changes, indicators.snapshot(), provinces.units());
        Map<MeasurementKey, MeasurementSnapshot> current =
                stored.stored(changes.stream().map(MeasurementChange::key).toList());

        List<MeasurementConflictException.Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            MeasurementChange c = changes.get(i);
            MeasurementSnapshot now = current.get(c.key());
            if (!versionMatches(c.expectedVersion(), now)) {
                conflicts.add(new MeasurementConflictException.Conflict(i, c, now));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new MeasurementConflictException(conflicts);
        }

        List<Write> deletes = new ArrayList<>();
        List<Write> inserts = new ArrayList<>();
        List<Write> updates = new ArrayList<>();
        int unchanged = 0;
        for (Checked c : checked) {
            MeasurementSnapshot now = current.get(c.change().key());
            Write write = new Write(c, now);
            if (c.value() == null) {
                if (now == null) {
                    unchanged++;
                } else {
                    deletes.add(write);
                }
            } else if (now == null) {
                inserts.add(write);
            } else if (c.value().sameAs(now.number(), now.level())
                    && Objects.equals(c.change().source(), now.source())
                    && Objects.equals(c.change().note(), now.note())
                    && sameOrUnsaid(c.change().provenance(), now.provenance())) {
                unchanged++;
            } else {
                updates.add(write);
            }
        }

        Author author = new Author(actor, clock.instant(), origin, reason);
        List<AuditEntry> deleted = new ArrayList<>(deletes.size());
        List<AuditEntry> updated = new ArrayList<>(updates.size());
        // One lock order for every writer, whatever order its rows came in: stored rows locked by id first, then new
        // rows inserted by key. Two imports of the same results in opposite orders then wait for each other instead
        // of deadlocking.
        deletes.sort(BY_ID);
        updates.sort(BY_ID);
        inserts.sort(BY_KEY);
        try {
            batch.lock(Stream.concat(deletes.stream(), updates.stream())
                    .map(w -> w.current().id())
                    .sorted()
                    .toList());
            // audit rows in the order of the writes: deletes, inserts (written by their own statements), updates
            batch.delete(deletes, author, deleted);
            audit.recordAll(deleted, author.now());
            batch.insert(inserts, author);
            batch.update(updates, author, updated);
        } catch (DataIntegrityViolationException e) {
            // someone stored the same province, indicator and year between our read and our write
            throw new OptimisticLockingFailureException("a value was written concurrently", e);
        } catch (PessimisticLockingFailureException e) {
            // a deadlock or serialization failure all the same (e.g. with another kind of writer): nothing was
            // written, the caller answers it as the documented conflict
            throw new OptimisticLockingFailureException("values were written concurrently", e);
        }
        audit.recordAll(updated, author.now());
        entityManager.clear();
        return new ApplyResult(inserts.size(), updates.size(), deletes.size(), unchanged);
    }

    private static final Comparator<Write> BY_ID =
            Comparator.comparingLong(w -> w.current().id());
    private static final Comparator<Write> BY_KEY = Comparator.comparing(
                    (Write w) -> w.change().key().provinceCode())
            .thenComparing(w -> w.change().key().indicatorCode())
            .thenComparingInt(w -> w.change().key().year());

    /** A part of the provenance the change does not give leaves the stored one as it is. */
    private static boolean sameOrUnsaid(Provenance wanted, Provenance stored) {
        return sameOrUnsaid(wanted.sourceUrl(), stored.sourceUrl())
                && sameOrUnsaid(wanted.sourcePublisher(), stored.sourcePublisher())
                && sameOrUnsaid(wanted.computed(), stored.computed());
    }

    private static boolean sameOrUnsaid(Object wanted, Object stored) {
        return wanted == null || wanted.equals(stored);
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
}
