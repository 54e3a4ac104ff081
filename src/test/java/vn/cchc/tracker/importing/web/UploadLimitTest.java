package vn.cchc.tracker.importing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.cchc.tracker.testing.HttpUploads;
import vn.cchc.tracker.testing.ServerTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Uploads beyond the limits, over real HTTP with the servlet container's multipart limit in force: a results file
 * limit of 1 KB makes the container's limit 4 KB. A 2 KB file is refused by the import itself, a 10 KB one by the
 * container — and both get the same clear message, in the API and on the upload page. Nothing is written.
 */
@ServerTest
@TestPropertySource(
        properties = {
            "cchc.import.max-file-size=1KB",
            "spring.servlet.multipart.max-file-size=1KB",
            "spring.servlet.multipart.max-request-size=2KB"
        })
class UploadLimitTest {

    private static final String TOO_LARGE = "Tệp lớn hơn giới hạn 1 KB. Hãy chia thành nhiều tệp nhỏ hơn.";

    @LocalServerPort
    int port;

    private static byte[] csvOf(int bytes) {
        StringBuilder csv = new StringBuilder("province_code,indicator_code,year,value,source,note\n");
        while (csv.length() < bytes) {
            csv.append("67,SIPAS,2024,85,Báo cáo,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theApiGivesTheSameClearAnswerForAFileOverTheImportLimitAndOneOverTheContainersLimit() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String url = "http://localhost:" + port + "/api/v1/measurements/import";

        HttpResponse<String> overImportLimit = HttpUploads.post(
                client,
                url,
                TestAccounts.EDITOR_DAK_NONG,
                TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD,
                "kq.csv",
                csvOf(2 * 1024),
                Map.of("dryRun", "true"));
        HttpResponse<String> overContainerLimit = HttpUploads.post(
                client,
                url,
                TestAccounts.EDITOR_DAK_NONG,
                TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD,
                "kq.csv",
                csvOf(10 * 1024),
                Map.of("dryRun", "true"));

        assertThat(overImportLimit.statusCode()).isEqualTo(422);
        assertThat(overImportLimit.body()).contains(TOO_LARGE);
        assertThat(overContainerLimit.statusCode()).isEqualTo(422);
        assertThat(overContainerLimit.body()).contains(TOO_LARGE, "\"problems\":[{\"row\":null,\"column\":null");
    }

    @Test
    void theUploadPageSaysTheFileIsTooLargeWhenTheContainerRefusesIt() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String login = get(client, base + "/login");
        HttpResponse<String> loggedIn = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=editor.daknong&password=editor-demo-2026&_csrf="
                                        + URLEncoder.encode(
                                                token(login, "name=\"_csrf\" value=\"([^\"]+)\""),
                                                StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        String form = get(client, base + "/import");
        String action = token(form, "action=\"(/import)\"");
        String csrf = token(form, "name=\"_csrf\" value=\"([^\"]+)\"");

        // as a browser sends the form: the token is a field of the body the container refuses
        HttpResponse<String> refused = client.send(
                HttpUploads.request(base + action, "kq.csv", csvOf(10 * 1024), Map.of("_csrf", csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/import"));
        assertThat(get(client, base + "/import")).contains(TOO_LARGE);
    }

    private static String get(HttpClient client, String url) throws Exception {
        return client.send(
                        HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }

    private static String token(String html, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(html);
        assertThat(m.find()).as(pattern).isTrue();
        return m.group(1);
    }
}
