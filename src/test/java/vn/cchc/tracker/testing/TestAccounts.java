package vn.cchc.tracker.testing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Accounts the security tests act as, besides the demo accounts the application creates on the run's empty database
 * ({@code admin}, {@code editor.daknong}). Created once and committed, so every request of a test finds them; they
 * touch no shipped row.
 */
public final class TestAccounts {

    public static final String ADMIN = "admin";
    /** The demo admin's password as README publishes it. */
    public static final String ADMIN_DEMO_PASSWORD = "admin-demo-2026";

    public static final String EDITOR_DAK_NONG = "editor.daknong";
    /** The demo editor's password as README publishes it. */
    public static final String EDITOR_DAK_NONG_DEMO_PASSWORD = "editor-demo-2026";

    /** The demo reviewer (role viewer, reviewer right) the application creates with the other demo accounts. */
    public static final String DEMO_REVIEWER = "reviewer";
    /** The demo reviewer's password as README publishes it. */
    public static final String DEMO_REVIEWER_PASSWORD = "reviewer-demo-2026";

    public static final String VIEWER = "test.viewer";
    public static final String EDITOR_BINH_DINH = "test.editor.binhdinh";
    public static final String APPROVER_DAK_NONG = "test.approver.daknong";
    /** A department head with the reviewer right: reads everything, returns or accepts periods, asks for explanations. */
    public static final String REVIEWER = "test.reviewer";

    public static final String PASSWORD = "test-password-2026";

    private static final String HASH = new BCryptPasswordEncoder().encode(PASSWORD);

    private TestAccounts() {}

    public static synchronized void ensure(JdbcTemplate jdbc) {
        create(jdbc, VIEWER, "VIEWER", null, false);
        create(jdbc, EDITOR_BINH_DINH, "EDITOR", "52", false);
        create(jdbc, APPROVER_DAK_NONG, "EDITOR", "67", true);
        create(jdbc, REVIEWER, "VIEWER", null, false);
        jdbc.update("update account set reviewer = true where username = ?", REVIEWER);
    }

    /** A throwaway account for a test that changes its account (login lock, password). */
    public static void create(JdbcTemplate jdbc, String username, String role, String provinceCode, boolean approver) {
        Integer exists =
                jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username);
        if (exists != null && exists > 0) {
            return;
        }
        jdbc.update(
                "insert into account (username, password_hash, display_name, role, approver) values (?, ?, ?, ?, ?)",
                username,
                HASH,
                "Test " + username,
                role,
                approver);
        if (provinceCode != null) {
            jdbc.update(
                    "insert into account_province (account_id, province_code) select id, ? from account where username = ?",
                    provinceCode,
                    username);
        }
    }
}
