package vn.cchc.tracker.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.tracker.testing.ServerTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * A double click: several requests of one session at once, each leaving a one-time notice (a flash attribute) in the
 * session, which lives in PostgreSQL (Spring Session JDBC). Each must answer its redirect; none may collide with the
 * others' insert of the same session attribute.
 */
@ServerTest
class DoubleSubmitTest {

    private static final int ROUNDS = 8;
    private static final int AT_ONCE = 6;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void concurrentPostsOfOneSessionThatEachLeaveANoticeAllAnswerTheirRedirect() throws Exception {
        login();
        TreeMap<Integer, Integer> statuses = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            // reading the page takes the notices of the round before: the attribute is new again in every round
            String form = get("/import");
            String csrf = token(form, "name=\"_csrf\" value=\"([^\"]+)\"");
            List<CompletableFuture<HttpResponse<String>>> clicks = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                clicks.add(http.sendAsync(
                        HttpRequest.newBuilder(url("/import/no-such-upload-" + round + "-" + i + "/cancel"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> click : clicks) {
                statuses.merge(click.get().statusCode(), 1, Integer::sum);
            }
        }

        assertThat(statuses).as("status → count").containsOnlyKeys(302);
    }

    private void login() throws Exception {
        String page = get("/login");
        HttpResponse<String> loggedIn = http.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + TestAccounts.EDITOR_DAK_NONG
                                + "&password=" + TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD + "&_csrf="
                                + URLEncoder.encode(
                                        token(page, "name=\"_csrf\" value=\"([^\"]+)\""), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private String get(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(url(path)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String token(String html, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(html);
        assertThat(m.find()).as(pattern).isTrue();
        return m.group(1);
    }
}
