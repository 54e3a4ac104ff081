package vn.cchc.tracker.target;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentRepository;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.IndicatorRepository;
import vn.cchc.tracker.indicator.ValueSpec;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.support.Numbers;
import vn.cchc.tracker.support.StaleDataException;

/** Creates, changes and deletes targets of the documents of provinces the actor may write; every change audited. */
@Service
@Transactional
public class TargetWriteService {

    /** What a delete did: done, or not done because values stand behind the target and it was not confirmed. */
    public enum DeleteOutcome {
        DELETED,
        NEEDS_CONFIRMATION
    }

    private final TargetRepository targets;
    private final TargetService reader;
    private final DocumentRepository documents;
    private final IndicatorRepository indicators;
    private final AuditLog audit;

    public TargetWriteService(
            TargetRepository targets,
            TargetService reader,
            DocumentRepository documents,
            IndicatorRepository indicators,
            AuditLog audit) {
        this.targets = targets;
        this.reader = reader;
        this.documents = documents;
        this.indicators = indicators;
        this.audit = audit;
    }

    public Target create(long documentId, TargetInput input, Actor actor) {
        Document document = documents
                .findWithProvinceById(documentId)
                .orElseThrow(() -> new NotFoundException("error.document.notFound", documentId));
        actor.requireWrite(document.getProvince().getCode());
        TargetParameters p = checked(input);
        Indicator indicator = indicators.findById(p.indicatorCode()).orElseThrow();
        Target t = new Target(
                document,
                indicator,
                p.comparison(),
                p.thresholdValue(),
                p.thresholdLevel(),
                p.deadlineYear(),
                p.sentence());
        t.setBaseline(p.baselineYear(), p.baselineValue());
        t.setScopeNote(p.scopeNote());
        t.setSource(p.source());
        t.setPosition(p.position() > 0 ? p.position() : targets.maxPosition(documentId) + 1);
        targets.saveAndFlush(t);
        record(actor, t, AuditAction.CREATE, null, snapshot(t));
        return t;
    }

    public Target update(long id, long expectedVersion, TargetInput input, Actor actor) {
        Target t = reader.target(id);
        actor.requireWrite(t.getDocument().getProvince().getCode());
        if (t.getVersion() != expectedVersion) {
            throw new StaleDataException(t, t.getVersion());
        }
        TargetParameters p = checked(input);
        Indicator indicator = indicators.findById(p.indicatorCode()).orElseThrow();
        Map<String, Object> before = snapshot(t);
        t.describe(
                indicator,
                p.comparison(),
                p.thresholdValue(),
                p.thresholdLevel(),
                p.deadlineYear(),
                p.baselineYear(),
                p.baselineValue(),
                p.scopeNote(),
                p.sentence(),
                p.source(),
                p.position() > 0 ? p.position() : t.getPosition());
        targets.flush();
        Map<String, Object> after = snapshot(t);
        if (!before.equals(after)) {
            record(actor, t, AuditAction.UPDATE, before, after);
        }
        return t;
    }

    /** Deletes the target; if yearly values stand behind it, only when {@code confirmed}. The values stay. */
    public DeleteOutcome delete(long id, long expectedVersion, boolean confirmed, Actor actor) {
        Target t = reader.target(id);
        actor.requireWrite(t.getDocument().getProvince().getCode());
        if (t.getVersion() != expectedVersion) {
            throw new StaleDataException(t, t.getVersion());
        }
        if (!confirmed && reader.measurementsBehind(t) > 0) {
            return DeleteOutcome.NEEDS_CONFIRMATION;
        }
        record(actor, t, AuditAction.DELETE, snapshot(t), null);
        targets.delete(t);
        targets.flush();
        return DeleteOutcome.DELETED;
    }

    private TargetParameters checked(TargetInput input) {
        TargetRules.Outcome outcome = TargetRules.check(input, this::spec);
        InvalidInputException.throwIfAny(outcome.violations());
        return outcome.parameters();
    }

    private Optional<ValueSpec> spec(String indicatorCode) {
        return indicators.findById(indicatorCode).map(ValueSpec::of);
    }

    private void record(
            Actor actor, Target t, AuditAction action, Map<String, Object> before, Map<String, Object> after) {
        audit.record(AuditEntry.of(
                        actor.username(),
                        AuditEntityType.TARGET,
                        t.getId(),
                        t.getDocument().getProvince().getCode(),
                        action,
                        before,
                        after,
                        Origin.WEB)
                .withSeries(t.getIndicator().getCode(), null));
    }

    static Map<String, Object> snapshot(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", t.getDocument().getNumber());
        m.put("indicator", t.getIndicator().getCode());
        m.put("comparison", t.getComparison().name());
        m.put("threshold", t.getThresholdLevel() != null ? t.getThresholdLevel() : plain(t.getThresholdValue()));
        m.put("deadlineYear", t.getDeadlineYear());
        m.put("baselineYear", t.getBaselineYear());
        m.put("baselineValue", plain(t.getBaselineValue()));
        m.put("scopeNote", t.getScopeNote());
        m.put("sentence", t.getSentence());
        m.put("source", t.getSource());
        m.put("position", t.getPosition());
        return m;
    }

    private static String plain(java.math.BigDecimal n) {
        return n == null ? null : Numbers.plain(n).toPlainString();
    }
}
