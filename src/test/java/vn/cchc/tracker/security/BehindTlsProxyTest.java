package vn.cchc.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.tracker.testing.ServerTest;

/**
 * Behind a proxy that terminates TLS and says so in {@code X-Forwarded-Proto}: redirects stay on https and HSTS is
 * sent; and the answers Tomcat writes itself, before the application sees the request, carry the security headers.
 */
@ServerTest
class BehindTlsProxyTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void redirectsKeepHttpsAndHstsIsSentWhenTheProxySaysTheRequestWasSecure() throws Exception {
        HttpResponse<String> redirect = send("/account/password", "https");
        HttpResponse<String> page = send("/", "https");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("https://").endsWith("/login"));
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age="));
    }

    @Test
    void plainHttpGetsNoHsts() throws Exception {
        HttpResponse<String> page = send("/", null);

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void tomcatsOwnErrorAnswersCarryTheSecurityHeaders() throws Exception {
        String manyParameters =
                IntStream.range(0, 1100).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
        for (String path : new String[] {"/provinces%2F67", "/?" + manyParameters}) {
            HttpResponse<String> response = send(path, null);

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.body()).doesNotContain("Apache Tomcat", "Exception");
        }
    }

    private HttpResponse<String> send(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
