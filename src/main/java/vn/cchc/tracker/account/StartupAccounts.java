package vn.cchc.tracker.account;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.cchc.tracker.support.Violation;

/**
 * The accounts an installation starts with. Default profile: on an empty accounts table, the documented demo admin
 * demo editor for Đắk Nông and demo reviewer. {@code prod} profile: no demo accounts; the first admin comes from
 * CCHC_ADMIN_USERNAME / CCHC_ADMIN_PASSWORD, and without them the application refuses to start.
 */
@Component
class StartupAccounts implements ApplicationRunner {

    static final String DEMO_ADMIN = "admin";
    static final String DEMO_ADMIN_PASSWORD = "admin-demo-2026";
    static final String DEMO_EDITOR = "editor.daknong";
    static final String DEMO_EDITOR_PASSWORD = "editor-demo-2026";
    static final String DEMO_REVIEWER = "reviewer";
    static final String DEMO_REVIEWER_PASSWORD = "reviewer-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(StartupAccounts.class);

    private final AccountService accounts;
    private final AccountProperties properties;

    StartupAccounts(AccountService accounts, AccountProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
        AccountProperties.FirstAdmin admin = properties.firstAdmin();
        // fail while the context starts, before anything listens on a port
        if (admin.required() && !admin.given()) {
            throw new IllegalStateException("""
                    The prod profile needs its first admin account from the environment: set CCHC_ADMIN_USERNAME and \
                    CCHC_ADMIN_PASSWORD (at least %d characters). Demo accounts are never created in prod.""".formatted(PasswordPolicy.MIN_LENGTH));
        }
        if (admin.given()) {
            List<Violation> weak = PasswordPolicy.check("password", admin.password(), admin.username());
            if (!weak.isEmpty()) {
                throw new IllegalStateException(
                        "CCHC_ADMIN_PASSWORD is not acceptable: it needs at least %d characters, at most %d bytes, must not contain the username, and must be neither a demo password nor one of the most common passwords"
                                .formatted(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES));
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        AccountProperties.FirstAdmin admin = properties.firstAdmin();
        if (admin.required()) {
            refuseDemoPasswords();
        }
        if (admin.given() && !accounts.exists(admin.username())) {
            accounts.createAtStartup(
                    admin.username(),
                    admin.password(),
                    new AccountParameters("Administrator", Role.ADMIN, Set.of(), false));
            log.info("Created the first admin account '{}' from the environment", admin.username());
        }
        if (properties.demo() && accounts.isEmpty()) {
            accounts.createDemoAtStartup(
                    DEMO_ADMIN,
                    DEMO_ADMIN_PASSWORD,
                    new AccountParameters("Quản trị viên (demo)", Role.ADMIN, Set.of(), false));
            accounts.createDemoAtStartup(
                    DEMO_EDITOR,
                    DEMO_EDITOR_PASSWORD,
                    new AccountParameters("Biên tập viên Đắk Nông (demo)", Role.EDITOR, Set.of("67"), false));
            accounts.createDemoAtStartup(
                    DEMO_REVIEWER,
                    DEMO_REVIEWER_PASSWORD,
                    new AccountParameters("Người xem xét báo cáo (demo)", Role.VIEWER, Set.of(), false, true, null));
            log.warn(
                    "Created the DEMO accounts '{}', '{}' and '{}' with the passwords published in the README. "
                            + "Never run an installation reachable by others like this: use the prod profile.",
                    DEMO_ADMIN,
                    DEMO_EDITOR,
                    DEMO_REVIEWER);
        }
    }

    /** A database that once ran in the default profile may still hold the published demo passwords. */
    private void refuseDemoPasswords() {
        if (accounts.isEnabledWithPassword(DEMO_ADMIN, DEMO_ADMIN_PASSWORD)
                || accounts.isEnabledWithPassword(DEMO_EDITOR, DEMO_EDITOR_PASSWORD)
                || accounts.isEnabledWithPassword(DEMO_REVIEWER, DEMO_REVIEWER_PASSWORD)) {
            throw new IllegalStateException("A demo account with its published password exists in this database; "
                    + "reset or disable it before running with the prod profile.");
        }
    }
}
