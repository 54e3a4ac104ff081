package vn.cchc.tracker.notification;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Accounts of the notification tests (with e-mail addresses; the shared test accounts have none) and what a test
 * reads back. Today is 15/6/2024 in these tests: Đắk Nông's (67) and Bình Định's (52) first quarter is overdue (due
 * 20/3), their six months are due in five days (20/6).
 */
final class NotificationFixtures {

    static final String EDITOR_67_A = "test.notify.editor67a";
    static final String EDITOR_67_B = "test.notify.editor67b";
    static final String EDITOR_52 = "test.notify.editor52";
    static final String DISABLED_67 = "test.notify.disabled67";
    static final String VIEWER = "test.notify.viewer";
    static final String REVIEWER = "test.notify.reviewer";
    static final String TODAY = "2024-06-15";

    private NotificationFixtures() {}

    static String email(String username) {
        return username.replace("test.notify.", "") + "@cchc.test";
    }

    /** The accounts, their addresses; no notice, no submission of 2024, no lock row. */
    static void reset(JdbcTemplate jdbc) {
        account(jdbc, EDITOR_67_A, "EDITOR", "67");
        account(jdbc, EDITOR_67_B, "EDITOR", "67");
        account(jdbc, EDITOR_52, "EDITOR", "52");
        account(jdbc, DISABLED_67, "EDITOR", "67");
        account(jdbc, VIEWER, "VIEWER", null);
        account(jdbc, REVIEWER, "VIEWER", null);
        jdbc.update("update account set enabled = false where username = ?", DISABLED_67);
        jdbc.update("update account set reviewer = true where username = ?", REVIEWER);
        jdbc.update("delete from notification");
        jdbc.update(
                "delete from period_submission where period_id in (select id from reporting_period where year = 2024)");
        jdbc.update("delete from shedlock");
    }

    private static void account(JdbcTemplate jdbc, String username, String role, String province) {
        TestAccounts.create(jdbc, username, role, province, false);
        jdbc.update("update account set email = ? where username = ?", email(username), username);
    }

    static long period(JdbcTemplate jdbc, int year, String kind) {
        return jdbc.queryForObject(
                "select id from reporting_period where year = ? and kind = ?", Long.class, year, kind);
    }

    /** The unit carrying the code in 2024. */
    static long unit2024(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("""
                select id from province where code = ? and (valid_from is null or valid_from <= date '2024-12-31')
                  and (valid_to is null or valid_to >= date '2024-01-01')""", Long.class, code);
    }

    static long submit(JdbcTemplate jdbc, String code, int year, String kind, String state) {
        return jdbc.queryForObject(
                """
                insert into period_submission
                    (period_id, province_id, state, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
                values (?, ?, ?, 'test', now(), ?, ?, ?) returning id""",
                Long.class,
                period(jdbc, year, kind),
                unit2024(jdbc, code),
                state,
                state.equals("RETURNED") ? REVIEWER : null,
                state.equals("RETURNED") ? java.sql.Timestamp.from(java.time.Instant.now()) : null,
                state.equals("RETURNED") ? "Thiếu thuyết minh chỉ tiêu SIPAS" : null);
    }

    /** "to subject" per message, sorted. */
    static List<String> received(MimeMessage[] messages) throws Exception {
        List<String> lines = new ArrayList<>();
        for (MimeMessage m : messages) {
            for (var to : m.getRecipients(Message.RecipientType.TO)) {
                lines.add(to + " " + m.getSubject());
            }
        }
        lines.sort(null);
        return lines;
    }

    static int notices(JdbcTemplate jdbc, String username, String kind) {
        return jdbc.queryForObject("""
                select count(*) from notification n join account a on a.id = n.account_id
                where a.username = ? and n.kind = ?""", Integer.class, username, kind);
    }
}
