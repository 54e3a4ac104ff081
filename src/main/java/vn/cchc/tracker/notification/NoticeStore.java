package vn.cchc.tracker.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code notification} table: every statement on it, so the dedup key and the e-mail claim live in one place. */
@Component
class NoticeStore {

    /** A notice to create: for one account, with what it is about. */
    record NewNotice(
            long accountId,
            NotificationKind kind,
            Long provinceId,
            Long periodId,
            Long explanationRequestId,
            String dedupKey) {}

    /** The address and name a claimed notice's e-mail goes to. */
    record MailTo(String email, String displayName) {}

    private static final String NOTICES = """
            select n.id, n.kind, n.created_at, n.read_at, p.code, p.name_vi, rp.year, rp.kind, rp.due_date,
                   ps.review_comment, er.target_id, er.year, t.indicator_code
            from notification n
            left join province p on p.id = n.province_id
            left join reporting_period rp on rp.id = n.period_id
            left join period_submission ps on ps.period_id = n.period_id and ps.province_id = n.province_id
            left join explanation_request er on er.id = n.explanation_request_id
            left join target t on t.id = er.target_id
            """;

    private final JdbcTemplate jdbc;

    NoticeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the notice unless the account has one with its dedup key; its id, or empty if it existed. */
    Optional<Long> insert(NewNotice notice, Instant now) {
        return jdbc
                .query(
                        """
                        insert into notification
                            (account_id, kind, province_id, period_id, explanation_request_id, dedup_key, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (account_id, dedup_key) do nothing
                        returning id""",
                        (rs, n) -> rs.getLong(1),
                        notice.accountId(),
                        notice.kind().name(),
                        notice.provinceId(),
                        notice.periodId(),
                        notice.explanationRequestId(),
                        notice.dedupKey(),
                        Timestamp.from(now))
                .stream()
                .findFirst();
    }

    List<Notice> latest(String username, int limit) {
        return jdbc.query(NOTICES + """
                join account a on a.id = n.account_id
                where a.username = ?
                order by n.created_at desc, n.id desc
                limit ?""", NoticeStore::notice, username, limit);
    }

    Optional<Notice> byId(long id) {
        return jdbc.query(NOTICES + " where n.id = ?", NoticeStore::notice, id).stream()
                .findFirst();
    }

    int unread(String username) {
        Integer count = jdbc.queryForObject("""
                select count(*) from notification n join account a on a.id = n.account_id
                where a.username = ? and n.read_at is null""", Integer.class, username);
        return count == null ? 0 : count;
    }

    boolean belongsTo(long id, String username) {
        Integer count = jdbc.queryForObject("""
                select count(*) from notification n join account a on a.id = n.account_id
                where n.id = ? and a.username = ?""", Integer.class, id, username);
        return count != null && count > 0;
    }

    int markRead(long id, String username, Instant now) {
        return jdbc.update("""
                update notification n set read_at = ? from account a
                where a.id = n.account_id and a.username = ? and n.id = ? and n.read_at is null""", Timestamp.from(now), username, id);
    }

    int markAllRead(String username, Instant now) {
        return jdbc.update("""
                update notification n set read_at = ? from account a
                where a.id = n.account_id and a.username = ? and n.read_at is null""", Timestamp.from(now), username);
    }

    /** Notices not yet e-mailed to an enabled account with an address, created since {@code since}, oldest first. */
    List<Long> awaitingMail(Instant since) {
        return jdbc.queryForList("""
                select n.id from notification n join account a on a.id = n.account_id
                where n.emailed_at is null and a.enabled and a.email is not null and n.created_at >= ?
                order by n.id""", Long.class, Timestamp.from(since));
    }

    /**
     * Claims the notice's e-mail: sets {@code emailed_at} unless it is set. In the caller's transaction, so the row
     * stays locked until the mail is sent and the claim commits; another instance's claim waits, then finds it set.
     * Whom to send it to, or empty when someone else claimed it.
     */
    Optional<MailTo> claimMail(long id, Instant now) {
        return jdbc
                .query("""
                        update notification n set emailed_at = ? from account a
                        where a.id = n.account_id and n.id = ? and n.emailed_at is null and a.enabled
                          and a.email is not null
                        returning a.email, a.display_name""", (rs, n) -> new MailTo(rs.getString(1), rs.getString(2)), Timestamp.from(now), id)
                .stream()
                .findFirst();
    }

    private static Notice notice(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp(4);
        return new Notice(
                rs.getLong(1),
                NotificationKind.valueOf(rs.getString(2)),
                rs.getTimestamp(3).toInstant(),
                read == null ? null : read.toInstant(),
                rs.getString(5),
                rs.getString(6),
                (Integer) rs.getObject(7),
                rs.getString(8),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                (Long) rs.getObject(11),
                (Integer) rs.getObject(12),
                rs.getString(13));
    }
}
