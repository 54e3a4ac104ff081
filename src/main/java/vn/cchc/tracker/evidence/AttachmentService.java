package vn.cchc.tracker.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * The attachments of a narrative, kept in PostgreSQL. Read (list, download) by the editors of the narrative's province,
 * reviewers and admins — never anonymously, never by another province's editors; added and deleted by the province's
 * editors and admins. Every upload and delete is audited (ATTACHMENT) with the change; the audit row names the file,
 * its type, size and SHA-256, never its bytes.
 */
@Service
public class AttachmentService {

    private static final String SCOPE = """
            select n.id, n.target_id, p.code, p.name_vi, t.indicator_code, rp.year, rp.kind
            from target_narrative n
            join target t on t.id = n.target_id
            join document d on d.id = t.document_id
            join province p on p.id = d.province_id
            join reporting_period rp on rp.id = n.period_id
            where n.id = :id""";
    private static final String COLUMNS =
            "id, narrative_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AttachmentService(NamedParameterJdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reviewers, admins and the province's editors read a narrative's attachments. */
    public static boolean mayRead(Actor actor, String provinceCode) {
        return !actor.isAnonymous() && (actor.canReview() || actor.canWrite(provinceCode));
    }

    @Transactional(readOnly = true)
    public NarrativeScope scope(long narrativeId) {
        return jdbc
                .query(
                        SCOPE,
                        new MapSqlParameterSource("id", narrativeId),
                        (rs, i) -> new NarrativeScope(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getInt(6),
                                rs.getString(7)))
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("attachment.error.narrativeNotFound", narrativeId));
    }

    /** The attachments of one narrative, oldest first, for someone who may read them. */
    @Transactional(readOnly = true)
    public List<Attachment> list(Actor actor, long narrativeId) {
        NarrativeScope scope = scope(narrativeId);
        requireRead(actor, scope.provinceCode());
        return jdbc.query(
                "select " + COLUMNS + " from narrative_attachment where narrative_id = :id order by uploaded_at, id",
                new MapSqlParameterSource("id", narrativeId),
                mapper());
    }

    /**
     * Keeps a checked file for the narrative. A file that is no PDF or image by its content, larger than 10 MB or
     * named for another type is refused with {@link AttachmentRefusedException}; nothing is written then.
     */
    @Transactional
    public Attachment upload(Actor actor, long narrativeId, UploadedFile file) {
        NarrativeScope scope = scope(narrativeId);
        actor.requireWrite(scope.provinceCode());
        AttachmentCheck.Verdict verdict = AttachmentCheck.check(file);
        if (!verdict.accepted()) {
            throw new AttachmentRefusedException(verdict.problemKey(), verdict.problemArgs());
        }
        byte[] bytes = file.content();
        String sha256 = file.sha256();
        Long id = jdbc.queryForObject(
                """
                insert into narrative_attachment (narrative_id, file_name, content_type, size_bytes, sha256, bytes,
                                                  uploaded_by, uploaded_at)
                values (:narrative, :name, :type, :size, :sha, :bytes, :by, :at) returning id""",
                new MapSqlParameterSource("narrative", narrativeId)
                        .addValue("name", verdict.fileName())
                        .addValue("type", verdict.contentType())
                        .addValue("size", bytes.length)
                        .addValue("sha", sha256)
                        .addValue("bytes", bytes)
                        .addValue("by", actor.username())
                        .addValue("at", Timestamp.from(clock.instant())),
                Long.class);
        Attachment stored = new Attachment(
                id,
                narrativeId,
                verdict.fileName(),
                verdict.contentType(),
                bytes.length,
                sha256,
                actor.username(),
                clock.instant());
        audit.record(AuditEntry.of(
                actor.username(),
                AuditEntityType.ATTACHMENT,
                id,
                scope.provinceCode(),
                AuditAction.CREATE,
                null,
                describe(stored),
                Origin.WEB));
        return stored;
    }

    /** The file itself, for someone who may read the narrative's attachments. */
    @Transactional(readOnly = true)
    public AttachmentFile download(Actor actor, long id) {
        Attachment a = find(id);
        requireRead(actor, scope(a.narrativeId()).provinceCode());
        byte[] bytes = jdbc.queryForObject(
                "select bytes from narrative_attachment where id = :id",
                new MapSqlParameterSource("id", id),
                byte[].class);
        return new AttachmentFile(a.fileName(), a.contentType(), bytes);
    }

    /** The narrative the attachment belonged to. */
    @Transactional
    public long delete(Actor actor, long id) {
        Attachment a = find(id);
        NarrativeScope scope = scope(a.narrativeId());
        actor.requireWrite(scope.provinceCode());
        jdbc.update("delete from narrative_attachment where id = :id", new MapSqlParameterSource("id", id));
        audit.record(AuditEntry.of(
                actor.username(),
                AuditEntityType.ATTACHMENT,
                id,
                scope.provinceCode(),
                AuditAction.DELETE,
                describe(a),
                null,
                Origin.WEB));
        return a.narrativeId();
    }

    private Attachment find(long id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from narrative_attachment where id = :id",
                        new MapSqlParameterSource("id", id),
                        mapper())
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("attachment.error.notFound", id));
    }

    private static void requireRead(Actor actor, String provinceCode) {
        if (!mayRead(actor, provinceCode)) {
            throw new AccessDeniedException(actor.username() + " may not read the attachments of " + provinceCode);
        }
    }

    private static Map<String, Object> describe(Attachment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("narrativeId", a.narrativeId());
        m.put("file", a.fileName());
        m.put("contentType", a.contentType());
        m.put("sizeBytes", a.sizeBytes());
        m.put("sha256", a.sha256());
        return m;
    }

    private static RowMapper<Attachment> mapper() {
        return (rs, i) -> new Attachment(
                rs.getLong("id"),
                rs.getLong("narrative_id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getInt("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
