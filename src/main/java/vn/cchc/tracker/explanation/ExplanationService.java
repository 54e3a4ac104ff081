package vn.cchc.tracker.explanation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.support.StaleDataException;

/**
 * Asking, answering and listing explanation requests. Reviewers (and admins) ask about any target; the editors of the
 * target's province (and admins) reply, once; reviewers and admins read every request, editors those of their
 * provinces. Each write is audited with the change and publishes its event in the same transaction, so listeners
 * ({@code @TransactionalEventListener}, Modulith's {@code @ApplicationModuleListener}) hear of it after the commit.
 */
@Service
public class ExplanationService {

    private static final String SELECT = """
            select r.id, r.target_id, r.year, r.question, r.requested_by, r.requested_at, r.reply, r.replied_by,
                   r.replied_at, r.version, p.code as province_code, p.name_vi as province_name,
                   d.number as document_number, t.indicator_code, i.name_vi as indicator_vi, i.name_en as indicator_en
            from explanation_request r
            join target t on t.id = r.target_id
            join document d on d.id = t.document_id
            join province p on p.id = d.province_id
            join indicator i on i.code = t.indicator_code and i.unit_kind = t.indicator_kind
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExplanationService(NamedParameterJdbcTemplate jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A reviewer asks the target's province to explain it as judged in {@code yearText}; the new request's id. */
    @Transactional
    public long ask(Actor actor, long targetId, String yearText, String questionText) {
        actor.requireReview();
        String provinceCode = targetProvince(targetId);
        ExplanationRules.Question q = ExplanationRules.question(questionText, yearText);
        Long id = jdbc.queryForObject(
                """
                insert into explanation_request (target_id, year, question, requested_by, requested_at)
                values (:target, :year, :question, :by, :at) returning id""",
                new MapSqlParameterSource("target", targetId)
                        .addValue("year", q.year())
                        .addValue("question", q.text())
                        .addValue("by", actor.username())
                        .addValue("at", Timestamp.from(clock.instant())),
                Long.class);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("targetId", targetId);
        after.put("year", q.year());
        after.put("question", q.text());
        audit.record(AuditEntry.of(
                actor.username(),
                AuditEntityType.EXPLANATION,
                id,
                provinceCode,
                AuditAction.CREATE,
                null,
                after,
                Origin.WEB));
        events.publishEvent(new ExplanationRequested(id, targetId, provinceCode, q.year(), actor.username()));
        return id;
    }

    /** The province answers; {@code version} is the one the editor's form showed. */
    @Transactional
    public void reply(Actor actor, long id, long version, String replyText) {
        ExplanationRequest r = find(id, true);
        actor.requireWrite(r.provinceCode());
        if (r.version() != version) {
            throw new StaleDataException(r, r.version());
        }
        String reply = ExplanationRules.reply(r.state(), replyText);
        jdbc.update(
                """
                update explanation_request set reply = :reply, replied_by = :by, replied_at = :at,
                       version = version + 1
                where id = :id""",
                new MapSqlParameterSource("reply", reply)
                        .addValue("by", actor.username())
                        .addValue("at", Timestamp.from(clock.instant()))
                        .addValue("id", id));
        audit.record(AuditEntry.of(
                actor.username(),
                AuditEntityType.EXPLANATION,
                id,
                r.provinceCode(),
                AuditAction.REPLY,
                Map.of("question", r.question()),
                Map.of("reply", reply),
                Origin.WEB));
        events.publishEvent(
                new ExplanationAnswered(id, r.targetId(), r.provinceCode(), r.requestedBy(), actor.username()));
    }

    /** One request, for someone who may read it (404 if it does not exist, 403 if it is another province's). */
    @Transactional(readOnly = true)
    public ExplanationRequest request(Actor actor, long id) {
        ExplanationRequest r = find(id, false);
        if (!maySee(actor, r.provinceCode())) {
            throw new AccessDeniedException(actor.username() + " may not read explanation request " + id);
        }
        return r;
    }

    /** The list page: reviewers and admins see every province, editors their own; newest first. */
    @Transactional(readOnly = true)
    public List<ExplanationRequest> list(Actor actor, ExplanationFilter filter) {
        requireList(actor);
        MapSqlParameterSource params = new MapSqlParameterSource("province", filter.provinceCode())
                .addValue(
                        "state", filter.state() == null ? null : filter.state().name());
        String sql = SELECT + """
                 where (cast(:province as varchar) is null or p.code = :province)
                   and (cast(:state as varchar) is null
                        or (:state = 'OPEN' and r.reply is null) or (:state = 'ANSWERED' and r.reply is not null))
                 order by r.requested_at desc, r.id desc""";
        return jdbc.query(sql, params, mapper()).stream()
                .filter(r -> maySee(actor, r.provinceCode()))
                .toList();
    }

    /** The open requests an editor's start page shows: those of the provinces the editor writes for, oldest first. */
    @Transactional(readOnly = true)
    public List<ExplanationRequest> openForEditor(Actor actor) {
        if (actor.role() != Role.EDITOR || actor.provinceCodes().isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                SELECT + " where r.reply is null and p.code in (:codes) order by r.requested_at, r.id",
                new MapSqlParameterSource("codes", actor.provinceCodes()),
                mapper());
    }

    /** The requests about one target, for the target page: shown to reviewers and to the province's writers only. */
    @Transactional(readOnly = true)
    public List<ExplanationRequest> forTarget(Actor actor, long targetId) {
        if (actor.isAnonymous()) {
            return List.of();
        }
        return jdbc
                .query(
                        SELECT + " where r.target_id = :target order by r.requested_at desc, r.id desc",
                        new MapSqlParameterSource("target", targetId),
                        mapper())
                .stream()
                .filter(r -> maySee(actor, r.provinceCode()))
                .toList();
    }

    /** Who may open the list page at all: reviewers, admins and editors bound to a province. */
    public static boolean mayList(Actor actor) {
        return actor.canReview() || actor.canEnterData();
    }

    private static void requireList(Actor actor) {
        if (!mayList(actor)) {
            throw new AccessDeniedException(actor.username() + " may not read explanation requests");
        }
    }

    private static boolean maySee(Actor actor, String provinceCode) {
        return actor.canReview() || actor.canWrite(provinceCode);
    }

    private ExplanationRequest find(long id, boolean forUpdate) {
        if (forUpdate) {
            jdbc.query(
                    "select id from explanation_request where id = :id for update",
                    new MapSqlParameterSource("id", id),
                    rs -> {});
        }
        return jdbc.query(SELECT + " where r.id = :id", new MapSqlParameterSource("id", id), mapper()).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("explanation.error.notFound", id));
    }

    private String targetProvince(long targetId) {
        return jdbc.queryForList("""
                        select p.code from target t join document d on d.id = t.document_id
                        join province p on p.id = d.province_id where t.id = :id""", new MapSqlParameterSource("id", targetId), String.class).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("target.error.notFound", targetId));
    }

    private RowMapper<ExplanationRequest> mapper() {
        Instant now = clock.instant();
        return (ResultSet rs, int row) -> {
            Instant requestedAt = instant(rs, "requested_at");
            Instant repliedAt = instant(rs, "replied_at");
            return new ExplanationRequest(
                    rs.getLong("id"),
                    rs.getLong("target_id"),
                    rs.getInt("year"),
                    rs.getString("question"),
                    rs.getString("requested_by"),
                    requestedAt,
                    rs.getString("reply"),
                    rs.getString("replied_by"),
                    repliedAt,
                    rs.getLong("version"),
                    rs.getString("province_code"),
                    rs.getString("province_name"),
                    rs.getString("document_number"),
                    rs.getString("indicator_code"),
                    rs.getString("indicator_vi"),
                    rs.getString("indicator_en"),
                    ExplanationAge.of(requestedAt, repliedAt, now, clock.getZone()));
        };
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
