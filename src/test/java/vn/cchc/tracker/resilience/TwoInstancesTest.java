package vn.cchc.tracker.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.CchcTrackerApplication;
import vn.cchc.tracker.testing.HttpUploads;
import vn.cchc.tracker.testing.TestAccounts;
import vn.cchc.tracker.testing.TestDatabase;

/**
 * Two application instances on one database, as behind a load balancer without sticky sessions: a session
 * started on one is valid on the other, logging out on either ends it everywhere, and a page one instance keeps in
 * its page cache shows a result saved through the other on the very next request.
 */
class TwoInstancesTest {

    private static final String USER = "test.two.instances";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("CCHC_SESSION=([^;]+)");

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
        TestAccounts.create(first.getBean(JdbcTemplate.class), USER, "ADMIN", null, false);
    }

    @AfterAll
    static void stopThem() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aSessionStartedOnOneInstanceIsValidOnTheOther() throws Exception {
        String session = logIn(first);

        HttpResponse<String> onSecond = get(second, "/admin/accounts", session);
        assertThat(onSecond.statusCode()).isEqualTo(200);
        assertThat(onSecond.body()).contains(USER);

        assertThat(get(second, "/admin/accounts", null).statusCode())
                .as("without the cookie")
                .isEqualTo(302);
    }

    @Test
    void loggingInIssuesANewSessionIdSoAPlantedOneIsUseless() throws Exception {
        HttpResponse<String> loginPage = get(first, "/login", null);
        String before = cookie(loginPage).orElseThrow();

        String after = logIn(first, before, csrf(loginPage.body()));

        assertThat(after).isNotEqualTo(before);
        assertThat(get(second, "/admin/accounts", before).statusCode())
                .as("the pre-login session")
                .isEqualTo(302);
    }

    @Test
    void loggingOutOnOneInstanceEndsTheSessionOnBoth() throws Exception {
        String session = logIn(first);
        String token = csrf(get(second, "/admin/accounts", session).body());

        HttpResponse<String> logout = post(second, "/logout", session, "_csrf=" + enc(token));
        assertThat(logout.statusCode()).isEqualTo(302);

        assertThat(get(first, "/admin/accounts", session).statusCode()).isEqualTo(302);
    }

    @Test
    void aPageKeptOnOneInstanceShowsAResultImportedThroughTheOther() throws Exception {
        String scorecard = "/provinces/45?year=2024"; // Quảng Trị: no measurement in the shipped data
        assertThat(get(first, scorecard, null).body()).doesNotContain("77,7%");
        assertThat(get(first, scorecard, null).body()).as("kept").doesNotContain("77,7%");
        try {
            HttpResponse<String> imported = HttpUploads.post(
                    http,
                    uri(second, "/api/v1/measurements/import").toString(),
                    USER,
                    TestAccounts.PASSWORD,
                    "sipas.csv",
                    "province_code,indicator_code,year,value,source,note\n45,SIPAS,2024,\"77,7\",Báo cáo SIPAS 2024,\n"
                            .getBytes(StandardCharsets.UTF_8),
                    Map.of());
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

            assertThat(get(first, scorecard, null).body()).contains("77,7%");
        } finally {
            first.getBean(JdbcTemplate.class).update("""
                    delete from measurement m using province p
                    where p.id = m.province_id and p.code = '45' and m.indicator_code = 'SIPAS' and m.year = 2024""");
        }
    }

    private String logIn(ConfigurableApplicationContext instance) throws Exception {
        HttpResponse<String> loginPage = get(instance, "/login", null);
        return logIn(instance, cookie(loginPage).orElseThrow(), csrf(loginPage.body()));
    }

    private String logIn(ConfigurableApplicationContext instance, String session, String token) throws Exception {
        HttpResponse<String> response = post(
                instance,
                "/login",
                session,
                "username=" + enc(USER) + "&password=" + enc(TestAccounts.PASSWORD) + "&_csrf=" + enc(token));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return cookie(response).orElse(session);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String session)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(instance, path)).GET();
        if (session != null) {
            request.header("Cookie", "CCHC_SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String session, String form)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(instance, path))
                .header("Cookie", "CCHC_SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst();
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * An instance on the run's throwaway database. Command-line arguments, not builder properties: those are only
     * defaults, and application.yml's datasource (the developer database) would win over them.
     */
    private static ConfigurableApplicationContext start() {
        TestDatabase db = TestDatabase.get();
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(CchcTrackerApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password());
        assertThat(instance.getEnvironment().getProperty("spring.datasource.url"))
                .as("the test database")
                .isEqualTo(db.url());
        return instance;
    }
}
