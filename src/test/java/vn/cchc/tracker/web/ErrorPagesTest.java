package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.tracker.testing.ServerTest;

/**
 * Error pages as a browser gets them from the real servlet container, including the container's forward to
 * /error that MockMvc skips: status, HTML in Vietnamese, and never a stack trace.
 */
@ServerTest
class ErrorPagesTest {

    private static final String[] STACK_TRACE_MARKERS = {"Exception", "at org.", "at java.", "Whitelabel", "\"trace\""};

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/no-such-page         | Trang hoặc bản ghi bạn tìm không tồn tại.",
                "/provinces/99         | Không có tỉnh, thành phố nào mang mã “99”.",
                "/documents/999999     | Không có văn bản số 999999.",
                "/documents/abc        | Trang hoặc bản ghi bạn tìm không tồn tại."
            })
    void unknownPagesAnswerAVietnamese404Page(String path, String message) throws Exception {
        HttpResponse<String> response = fetch("GET", path, "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("<html lang=\"vi\"", "Không tìm thấy trang", message, "Về trang chủ");
        assertThat(response.body()).doesNotContain(STACK_TRACE_MARKERS);
    }

    @Test
    void unknownPageFollowsTheChosenLanguage() throws Exception {
        HttpResponse<String> response = fetch("GET", "/no-such-page?lang=en", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"en\"", "Page not found");
    }

    @Test
    void writeWithoutCsrfTokenIsRefusedWithTheGenericErrorPageWithoutAStackTrace() throws Exception {
        HttpResponse<String> response = fetch("DELETE", "/provinces/67", "text/html");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<html lang=\"vi\"", "403", "Không thể xử lý yêu cầu");
        assertThat(response.body()).doesNotContain(STACK_TRACE_MARKERS);
    }

    @Test
    void unknownApiPathAnswersJsonWithoutAStackTrace() throws Exception {
        HttpResponse<String> response = fetch("GET", "/api/v1/no-such-thing", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(response.body())
                .contains("404")
                .doesNotContain(STACK_TRACE_MARKERS)
                .doesNotContain("<html");
    }

    @Test
    void knownApiErrorKeepsItsJsonBodyOverARealConnection() throws Exception {
        HttpResponse<String> response = fetch("GET", "/api/v1/provinces/99/targets", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("\"status\":404", "\"message\":\"Không có tỉnh, thành phố nào mang mã “99”.\"")
                .doesNotContain(STACK_TRACE_MARKERS);
    }

    private HttpResponse<String> fetch(String method, String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
