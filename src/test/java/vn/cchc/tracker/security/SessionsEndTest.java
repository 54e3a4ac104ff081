package vn.cchc.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.HttpBrowser;
import vn.cchc.tracker.testing.ServerTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Sessions (kept in PostgreSQL) end with the state they were opened under: one's own password change ends the
 * account's other sessions, an admin's reset and disabling the account end all of them. Two browsers over real HTTP.
 */
@ServerTest
class SessionsEndTest {

    private static final String NEW_PASSWORD = "một câu mật khẩu mới khá dài";
    private static final String PAGE_FOR_ACCOUNTS = "/account/password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        String user = "test.sessions.own";
        HttpBrowser here = loggedIn(user);
        HttpBrowser elsewhere = loggedIn(user);

        var changed = here.submit(
                PAGE_FOR_ACCOUNTS,
                PAGE_FOR_ACCOUNTS,
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", NEW_PASSWORD));

        assertThat(HttpBrowser.location(changed)).endsWith(PAGE_FOR_ACCOUNTS);
        assertThat(here.get(PAGE_FOR_ACCOUNTS).statusCode()).isEqualTo(200);
        assertThat(HttpBrowser.location(elsewhere.get(PAGE_FOR_ACCOUNTS))).endsWith("/login");
    }

    @Test
    void anAdminsPasswordResetEndsEverySessionOfTheAccount() throws Exception {
        String user = "test.sessions.reset";
        HttpBrowser one = loggedIn(user);
        HttpBrowser two = loggedIn(user);
        String page = "/admin/accounts/" + id(user);

        var reset = admin().submit(page, page + "/password", Map.of("newPassword", NEW_PASSWORD));

        assertThat(HttpBrowser.location(reset)).endsWith(page);
        assertThat(HttpBrowser.location(one.get(PAGE_FOR_ACCOUNTS))).endsWith("/login");
        assertThat(HttpBrowser.location(two.get(PAGE_FOR_ACCOUNTS))).endsWith("/login");
    }

    @Test
    void disablingAnAccountEndsEveryOneOfItsSessions() throws Exception {
        String user = "test.sessions.disabled";
        HttpBrowser one = loggedIn(user);
        HttpBrowser two = loggedIn(user);
        String page = "/admin/accounts/" + id(user);
        long version = jdbc.queryForObject("select version from account where username = ?", Long.class, user);

        var disabled =
                admin().submit(page, page + "/enabled", Map.of("enabled", "false", "version", String.valueOf(version)));

        assertThat(HttpBrowser.location(disabled)).endsWith(page);
        assertThat(HttpBrowser.location(one.get(PAGE_FOR_ACCOUNTS))).endsWith("/login");
        assertThat(HttpBrowser.location(two.get(PAGE_FOR_ACCOUNTS))).endsWith("/login");
    }

    private HttpBrowser loggedIn(String user) throws Exception {
        TestAccounts.create(jdbc, user, "VIEWER", null, false);
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(HttpBrowser.location(browser.logIn(user, TestAccounts.PASSWORD)))
                .endsWith("/");
        assertThat(browser.get(PAGE_FOR_ACCOUNTS).statusCode()).isEqualTo(200);
        return browser;
    }

    private HttpBrowser admin() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        browser.logIn(TestAccounts.ADMIN, TestAccounts.ADMIN_DEMO_PASSWORD);
        return browser;
    }

    private long id(String user) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, user);
    }
}
