package vn.cchc.tracker.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.tracker.testing.QuietLoggers;
import vn.cchc.tracker.testing.TcpProxy;
import vn.cchc.tracker.testing.TestAccounts;
import vn.cchc.tracker.testing.TestDatabase;

/**
 * Cuts the application's connection to PostgreSQL through a proxy (never the shared server): pages and the API
 * answer a clear 503 instead of hanging, and everything works again by itself once the connection is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// closed with the class, before its proxy: a scheduled task (the session cleanup) of a context left running on a cut
// connection would fail with a stack trace in the middle of another test's output
@DirtiesContext
class DatabaseOutageTest {

    /** Far above the ~1.5 s the pool needs to give up; reaching it means the page hung. */
    private static final Duration HANG = Duration.ofSeconds(10);

    private static TcpProxy proxy;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        TestDatabase db = TestDatabase.get();
        URI target = URI.create(db.url().substring("jdbc:".length()));
        proxy = TcpProxy.to(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        String viaProxy = db.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
        registry.add("spring.datasource.url", () -> viaProxy);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    /** The outage's expected failures, and the recovery's, print no stack trace; other tests' still do. */
    private QuietLoggers quiet;

    @BeforeEach
    void quietTheExpectedFailures() {
        quiet = QuietLoggers.silence(QuietLoggers.DATABASE_OUTAGE);
    }

    @AfterEach
    void logAsBefore() {
        quiet.close();
    }

    @Test
    void aSignedInUserWhoseSessionCannotBeLoadedGetsThe503PageToo() throws Exception {
        TestAccounts.create(jdbc, "test.outage.admin", "ADMIN", null, false);
        String session = logIn("test.outage.admin");
        assertThat(get("/admin/accounts", "text/html", session).statusCode()).isEqualTo(200);

        proxy.cut();
        try {
            HttpResponse<String> page = get("/admin/accounts", "text/html", session);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Hệ thống tạm thời gián đoạn").doesNotContain("Exception", "at org.");
        } finally {
            proxy.restore();
        }
        assertThat(firstStatusWithin(Duration.ofSeconds(30), "/provinces/67", 200))
                .isEqualTo(200);
        assertThat(get("/admin/accounts", "text/html", session).statusCode())
                .as("the session survived")
                .isEqualTo(200);
    }

    @Test
    void pagesAnswer503WhileTheDatabaseIsAwayAndRecoverByThemselves() throws Exception {
        assertThat(get("/provinces/67", "text/html").statusCode()).isEqualTo(200);

        proxy.cut();
        try {
            Instant started = Instant.now();
            HttpResponse<String> page = get("/provinces/67", "text/html");
            System.out.printf(
                    "outage: page answered %d after %d ms%n",
                    page.statusCode(), Duration.between(started, Instant.now()).toMillis());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.body()).contains("Hệ thống tạm thời gián đoạn").doesNotContain("Exception", "at org.");

            // the first request fails on a pooled connection mid-query; later ones find no connection at all
            HttpResponse<String> next = get("/indicators", "text/html");
            assertThat(next.statusCode()).isEqualTo(503);

            HttpResponse<String> api = get("/api/v1/attainment?province=67&year=2024", "application/json");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("\"status\":503").doesNotContain("Exception");
        } finally {
            proxy.restore();
        }

        Instant restored = Instant.now();
        assertThat(firstStatusWithin(Duration.ofSeconds(30), "/provinces/67", 200))
                .isEqualTo(200);
        System.out.printf(
                "outage: recovered %d ms after the connection came back%n",
                Duration.between(restored, Instant.now()).toMillis());
        assertThat(get("/api/v1/attainment?province=67&year=2024", "application/json")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void readinessReportsDownWhileTheDatabaseIsAwayAndUpAgainAfterwards() throws Exception {
        assertThat(get("/actuator/health/readiness", "application/json").body()).isEqualTo("{\"status\":\"UP\"}");

        proxy.cut();
        try {
            HttpResponse<String> readiness = get("/actuator/health/readiness", "application/json");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
            HttpResponse<String> liveness = get("/actuator/health/liveness", "application/json");
            assertThat(liveness.statusCode())
                    .as("alive all the same: restarting would not bring the database back")
                    .isEqualTo(200);
        } finally {
            proxy.restore();
        }
        assertThat(firstStatusWithin(Duration.ofSeconds(30), "/actuator/health/readiness", "application/json", 200))
                .isEqualTo(200);
    }

    private int firstStatusWithin(Duration limit, String path, int wanted) throws Exception {
        return firstStatusWithin(limit, path, "text/html", wanted);
    }

    private int firstStatusWithin(Duration limit, String path, String accept, int wanted) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        int status;
        do {
            status = get(path, accept).statusCode();
            if (status == wanted) {
                return status;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        return status;
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return get(path, accept, null);
    }

    private HttpResponse<String> get(String path, String accept, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .timeout(HANG)
                .GET();
        if (session != null) {
            request.header("Cookie", "CCHC_SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String logIn(String username) throws Exception {
        HttpResponse<String> loginPage = get("/login", "text/html");
        String session = sessionCookie(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", "CCHC_SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + TestAccounts.PASSWORD
                        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = http.send(login, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return sessionCookie(response);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(c -> Pattern.compile("CCHC_SESSION=([^;]+)").matcher(c))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow();
    }
}
