package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.tracker.testing.ServerTest;

/**
 * A language cookie the application never wrote (quoted, garbage, an unknown language) is ignored: every URL answers
 * in the default language, and {@code ?lang=} overwrites the cookie. Over real HTTP, so Tomcat parses the cookie.
 */
@ServerTest
class LanguageCookieTest {

    static final String[] MALFORMED = {
        "cchc-lang=\"en\"", "cchc-lang=\"\"", "cchc-lang=%%%", "cchc-lang=en_US_x_y_z_!", "cchc-lang=-", "cchc-lang=zz"
    };

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/css/app.css", "/api/v1/provinces"})
    void aMalformedLanguageCookieFallsBackToTheDefaultLanguage(String path) throws Exception {
        for (String cookie : MALFORMED) {
            HttpResponse<String> response = get(path, cookie);

            assertThat(response.statusCode()).as("%s with %s", path, cookie).isEqualTo(200);
            if (!path.startsWith("/css") && !path.startsWith("/api")) {
                assertThat(response.body()).as("%s with %s", path, cookie).contains("<html lang=\"vi\"");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theLanguageParameterOverwritesAMalformedCookie(String lang) throws Exception {
        HttpResponse<String> response = get("/login?lang=" + lang, "cchc-lang=\"en\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"" + lang + "\"");
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(header -> assertThat(header).startsWith("cchc-lang=" + lang + ";"));
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/api") ? "application/json" : "text/html")
                .header("Cookie", cookie)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
