package vn.cchc.tracker.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.province.Province;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.StaleDataException;
import vn.cchc.tracker.support.Violation;

/**
 * Creates, changes and deletes documents for the provinces the actor may write, each change audited in its own
 * transaction. A document belongs to the unit that carried its province's code on its issue date.
 */
@Service
@Transactional
public class DocumentWriteService {

    private final DocumentRepository documents;
    private final ProvinceService provinces;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final jakarta.persistence.EntityManager entityManager;

    public DocumentWriteService(
            DocumentRepository documents,
            ProvinceService provinces,
            AuditLog audit,
            JdbcTemplate jdbc,
            jakarta.persistence.EntityManager entityManager) {
        this.documents = documents;
        this.provinces = provinces;
        this.audit = audit;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    public Document create(String provinceCode, DocumentInput input, Actor actor) {
        provinces.profile(provinceCode);
        actor.requireWrite(provinceCode);
        DocumentParameters p = checked(input);
        Province unit = unitOn(provinceCode, p);
        uniqueNumber(unit, p.number(), null);
        Document d = new Document(
                unit,
                p.number(),
                p.kind(),
                p.issuingBody(),
                p.issueDate(),
                p.title(),
                p.periodFrom(),
                p.periodTo(),
                p.source());
        documents.saveAndFlush(d);
        record(actor, d, AuditAction.CREATE, null, snapshot(d));
        return d;
    }

    public Document update(long id, long expectedVersion, DocumentInput input, Actor actor) {
        Document d = documents
                .findWithProvinceById(id)
                .orElseThrow(() -> new vn.cchc.tracker.support.NotFoundException("error.document.notFound", id));
        String code = d.getProvince().getCode();
        actor.requireWrite(code);
        if (d.getVersion() != expectedVersion) {
            throw new StaleDataException(d, d.getVersion());
        }
        DocumentParameters p = checked(input);
        Province unit = unitOn(code, p);
        uniqueNumber(unit, p.number(), d.getId());
        Map<String, Object> before = snapshot(d);
        d.describe(
                unit,
                p.number(),
                p.kind(),
                p.issuingBody(),
                p.issueDate(),
                p.title(),
                p.periodFrom(),
                p.periodTo(),
                p.source());
        documents.flush();
        Map<String, Object> after = snapshot(d);
        if (!before.equals(after)) {
            record(actor, d, AuditAction.UPDATE, before, after);
        }
        return d;
    }

    /** Deletes the document and its targets (the database cascades); every deleted target gets its own audit row. */
    public String delete(long id, long expectedVersion, Actor actor) {
        Document d = documents
                .findWithProvinceById(id)
                .orElseThrow(() -> new vn.cchc.tracker.support.NotFoundException("error.document.notFound", id));
        String code = d.getProvince().getCode();
        actor.requireWrite(code);
        if (d.getVersion() != expectedVersion) {
            throw new StaleDataException(d, d.getVersion());
        }
        for (Map<String, Object> target : targetsOf(id)) {
            Long targetId = ((Number) target.remove("id")).longValue();
            audit.record(AuditEntry.of(
                            actor.username(),
                            AuditEntityType.TARGET,
                            targetId,
                            code,
                            AuditAction.DELETE,
                            target,
                            null,
                            Origin.WEB)
                    .withReason("document deleted"));
        }
        record(actor, d, AuditAction.DELETE, snapshot(d), null);
        // the database deletes the targets with the document (on delete cascade); targets loaded earlier in this
        // persistence context must not be flushed against a deleted document, so the context is cleared first
        entityManager.flush();
        entityManager.clear();
        if (jdbc.update("delete from document where id = ? and version = ?", id, expectedVersion) != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "document " + id + " changed meanwhile");
        }
        return code;
    }

    public int targetCount(long documentId) {
        Integer n = jdbc.queryForObject("select count(*) from target where document_id = ?", Integer.class, documentId);
        return n == null ? 0 : n;
    }

    private List<Map<String, Object>> targetsOf(long documentId) {
        return jdbc.query(
                """
                select id, indicator_code, comparison, coalesce(threshold_level, cast(threshold_value as text)) as threshold,
                       deadline_year, sentence
                from target where document_id = ? order by position, id""",
                (rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong("id"));
                    m.put("indicator", rs.getString("indicator_code"));
                    m.put("comparison", rs.getString("comparison"));
                    m.put("threshold", rs.getString("threshold"));
                    m.put("deadlineYear", rs.getInt("deadline_year"));
                    m.put("sentence", rs.getString("sentence"));
                    return m;
                },
                documentId);
    }

    private static DocumentParameters checked(DocumentInput input) {
        DocumentRules.Outcome outcome = DocumentRules.check(input);
        InvalidInputException.throwIfAny(outcome.violations());
        return outcome.parameters();
    }

    private Province unitOn(String code, DocumentParameters p) {
        return provinces
                .profile(code)
                .unitOn(p.issueDate())
                .orElseThrow(() -> new InvalidInputException(
                        List.of(Violation.of("issueDate", "document.error.noUnitOnDate", code))));
    }

    private void uniqueNumber(Province unit, String number, Long exceptId) {
        Integer same = jdbc.queryForObject(
                "select count(*) from document where province_id = ? and number = ? and id <> ?",
                Integer.class,
                unit.getId(),
                number,
                exceptId == null ? -1L : exceptId);
        if (same != null && same > 0) {
            throw new InvalidInputException(List.of(Violation.of("number", "document.error.numberTaken", number)));
        }
    }

    private void record(
            Actor actor, Document d, AuditAction action, Map<String, Object> before, Map<String, Object> after) {
        audit.record(AuditEntry.of(
                actor.username(),
                AuditEntityType.DOCUMENT,
                d.getId(),
                d.getProvince().getCode(),
                action,
                before,
                after,
                Origin.WEB));
    }

    static Map<String, Object> snapshot(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", d.getNumber());
        m.put("kind", d.getKind().name());
        m.put("issuingBody", d.getIssuingBody());
        m.put("issueDate", d.getIssueDate().toString());
        m.put("title", d.getTitle());
        m.put("periodFrom", d.getPeriodFrom());
        m.put("periodTo", d.getPeriodTo());
        m.put("source", d.getSource());
        m.put("province", d.getProvince().getNameVi());
        return m;
    }
}
