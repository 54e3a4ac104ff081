package vn.cchc.tracker.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The reads of submissions and narratives the services share. */
@Component
class ReportingQuery {

    private static final String SUBMISSION = """
            select id, period_id, state, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment, version
            from period_submission""";
    private static final String NARRATIVE = """
            select id, period_id, target_id, assessment, causes, next_actions, updated_by, updated_at, version
            from target_narrative""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ReportingQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The unit's report of the period, a draft if nobody submitted it yet. */
    Submission submission(long periodId, long unitId) {
        return jdbc
                .query(
                        SUBMISSION + " where period_id = ? and province_id = ?",
                        ReportingQuery::submission,
                        periodId,
                        unitId)
                .stream()
                .findFirst()
                .orElseGet(() -> Submission.draft(periodId));
    }

    /** The unit's reports of the periods, by period id (periods without one are missing). */
    Map<Long, Submission> submissions(List<Long> periodIds, long unitId) {
        Map<Long, Submission> found = new HashMap<>();
        if (periodIds.isEmpty()) {
            return found;
        }
        named.query(
                        SUBMISSION + " where period_id in (:periods) and province_id = :unit",
                        new MapSqlParameterSource("periods", periodIds).addValue("unit", unitId),
                        ReportingQuery::submission)
                .forEach(s -> found.put(s.periodId(), s));
        return found;
    }

    /** The period's narratives of the targets, by target id. */
    Map<Long, Narrative> narratives(long periodId, List<Long> targetIds) {
        Map<Long, Narrative> found = new HashMap<>();
        if (targetIds.isEmpty()) {
            return found;
        }
        named.query(
                        NARRATIVE + " where period_id = :period and target_id in (:targets)",
                        new MapSqlParameterSource("period", periodId).addValue("targets", targetIds),
                        ReportingQuery::narrative)
                .forEach(n -> found.put(n.targetId(), n));
        return found;
    }

    /** Submitted reports waiting for review, oldest first. */
    List<Waiting> waiting() {
        return jdbc.query(
                """
                select s.id, p.year, p.kind, p.due_date, pr.code, pr.name_vi, s.submitted_by, s.submitted_at
                from period_submission s
                join reporting_period p on p.id = s.period_id
                join province pr on pr.id = s.province_id
                where s.state = 'SUBMITTED'
                order by s.submitted_at, s.id""",
                (rs, n) -> new Waiting(
                        rs.getLong(1),
                        rs.getInt(2),
                        PeriodKind.valueOf(rs.getString(3)),
                        rs.getDate(4).toLocalDate(),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        instant(rs.getTimestamp(8))));
    }

    private static Submission submission(ResultSet rs, int n) throws SQLException {
        return new Submission(
                rs.getLong("id"),
                rs.getLong("period_id"),
                SubmissionState.valueOf(rs.getString("state")),
                rs.getString("submitted_by"),
                instant(rs.getTimestamp("submitted_at")),
                rs.getString("reviewed_by"),
                instant(rs.getTimestamp("reviewed_at")),
                rs.getString("review_comment"),
                rs.getLong("version"));
    }

    private static Narrative narrative(ResultSet rs, int n) throws SQLException {
        return new Narrative(
                rs.getLong("id"),
                rs.getLong("period_id"),
                rs.getLong("target_id"),
                rs.getString("assessment"),
                rs.getString("causes"),
                rs.getString("next_actions"),
                rs.getString("updated_by"),
                instant(rs.getTimestamp("updated_at")),
                rs.getLong("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
