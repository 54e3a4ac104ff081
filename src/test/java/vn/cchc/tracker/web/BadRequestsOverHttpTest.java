package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.HttpRequests;
import vn.cchc.tracker.testing.HttpUploads;
import vn.cchc.tracker.testing.ServerTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Requests only the servlet container builds this way — a multipart body that is not one, a CSRF token tampered with
 * but of the right length, an upload file name with a NUL — answer 4xx in the documented shape, never 500.
 */
@ServerTest
class BadRequestsOverHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multipart/form-data",
                "multipart/form-data; boundary=xyz",
            })
    void aMalformedMultipartBodyToTheImportApiIsABadRequestInTheApiErrorShape(String contentType) throws Exception {
        HttpResponse<String> response = importAsEditor(contentType, "--xyz\r\ngarbage without headers\r\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"status\":400", "\"path\":\"/api/v1/measurements/import\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data; boundary=", "multipart/form-data; boundary=\"unterminated"})
    void anUnreadableMultipartContentTypeIsUnsupportedMediaTypeNot500(String contentType) throws Exception {
        HttpResponse<String> response = importAsEditor(contentType, "garbage");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("\"status\":415");
    }

    @Test
    void aCsrfTokenOfTheRightLengthButTamperedWithIsRefusedWith403() throws Exception {
        HttpResponse<String> loginPage = http.send(
                HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        String tampered = HttpRequests.tamperedCsrfToken(token.group(1));
        assertThat(tampered).hasSameSizeAs(token.group(1)).isNotEqualTo(token.group(1));

        HttpResponse<String> response = http.send(
                HttpRequests.post(
                                url("/login").toString(),
                                "application/x-www-form-urlencoded",
                                "username=nobody&password=wrong-password&_csrf=" + tampered)
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<html lang=\"vi\"");
    }

    @Test
    void anUploadFileNameWithANulCharacterIsRefusedAsAnUnreadableUpload() throws Exception {
        HttpResponse<String> response = HttpUploads.post(
                http,
                url("/api/v1/measurements/import").toString(),
                TestAccounts.EDITOR_DAK_NONG,
                TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD,
                "kết\u0000quả.csv",
                "province_code,indicator_code,year,value,source\n67,SIPAS,2024,80,Báo cáo\n"
                        .getBytes(StandardCharsets.UTF_8),
                Map.of("dryRun", "true"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"status\":400").doesNotContain("\u0000");
    }

    private HttpResponse<String> importAsEditor(String contentType, String body) throws Exception {
        return http.send(
                HttpRequests.post(
                                url("/api/v1/measurements/import").toString(),
                                contentType,
                                body,
                                TestAccounts.EDITOR_DAK_NONG,
                                TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
