package vn.cchc.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.HttpBrowser;
import vn.cchc.tracker.testing.ServerTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * A signed-in user's page views leave the session in PostgreSQL as it is while nothing in it changes: its last access
 * time is written again only once it is a minute old. The session still ends on time, and the page, even one the
 * page cache keeps, shows the user's bell as it is now.
 */
@ServerTest
class SignedInSessionWritesTest {

    private static final String USER = "test.session.writes";
    private static final String PAGE = "/provinces/67?year=2024";
    private static final long EIGHT_HOURS_MS = 8 * 3600 * 1000L;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private HttpBrowser browser;

    @BeforeEach
    void signedIn() throws Exception {
        TestAccounts.create(jdbc, USER, "VIEWER", null, false);
        jdbc.update("delete from notification where account_id = (select id from account where username = ?)", USER);
        jdbc.update("delete from spring_session where principal_name = ?", USER);
        browser = new HttpBrowser(port);
        assertThat(HttpBrowser.location(browser.logIn(USER, TestAccounts.PASSWORD)))
                .endsWith("/");
    }

    @Test
    void pageViewsWithinAMinuteOfTheStoredAccessWriteNothing() throws Exception {
        assertThat(signedIn(browser.get(PAGE))).isTrue(); // the first page after login keeps its new CSRF token
        long stored = lastAccess();

        for (int i = 0; i < 5; i++) {
            assertThat(signedIn(browser.get(PAGE))).isTrue();
        }

        assertThat(lastAccess()).isEqualTo(stored);
    }

    @Test
    void aPageViewAMinuteAfterTheStoredAccessWritesIt() throws Exception {
        long twoMinutesAgo = lastAccess() - 120_000;
        ageSession(120_000);

        assertThat(signedIn(browser.get(PAGE))).isTrue();

        assertThat(lastAccess()).isGreaterThan(twoMinutesAgo + 60_000);
        assertThat(jdbc.queryForObject(
                        "select expiry_time - last_access_time from spring_session where principal_name = ?",
                        Long.class,
                        USER))
                .isEqualTo(EIGHT_HOURS_MS);
    }

    @Test
    void aSessionWhoseStoredAccessIsPastTheTimeoutEndsThoughItWasUsedSecondsAgo() throws Exception {
        assertThat(signedIn(browser.get(PAGE))).isTrue();
        ageSession(EIGHT_HOURS_MS + 1000);

        assertThat(HttpBrowser.location(browser.get("/account/password"))).endsWith("/login");
        assertThat(signedIn(browser.get(PAGE))).isFalse();
    }

    @Test
    void aNoticeCreatedMeanwhileShowsOnTheNextViewOfAKeptPage() throws Exception {
        assertThat(browser.get(PAGE).body()).contains("Thông báo: không có thông báo mới");
        assertThat(browser.get(PAGE).body()).contains("Thông báo: không có thông báo mới");

        jdbc.update("""
                insert into notification (account_id, kind, dedup_key)
                select id, 'OVERDUE', 'test-session-writes' from account where username = ?""", USER);

        String next = browser.get(PAGE).body();
        assertThat(next).contains("Thông báo: 1 chưa đọc").contains("bell-count");
    }

    private long lastAccess() {
        return jdbc.queryForObject(
                "select last_access_time from spring_session where principal_name = ?", Long.class, USER);
    }

    /** As if the last written access were {@code millis} ago. */
    private void ageSession(long millis) {
        jdbc.update("""
                update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?,
                    creation_time = creation_time - ?
                where principal_name = ?""", millis, millis, millis, USER);
    }

    private static boolean signedIn(HttpResponse<String> page) {
        return page.statusCode() == 200 && page.body().contains("/logout");
    }
}
