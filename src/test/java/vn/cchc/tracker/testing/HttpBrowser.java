package vn.cchc.tracker.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser over real HTTP against a running server: its own cookies (so its own session), no redirects followed,
 * forms posted with the CSRF token of the page they come from. For tests of sessions and logins under concurrency,
 * where Playwright would be too heavy.
 */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    public HttpBrowser(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Loads {@code formPage}, then posts {@code fields} with that page's CSRF token to {@code action}. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) throws Exception {
        return post(action, fields, csrfToken(formPage));
    }

    /** The CSRF token of the form on {@code page} (null if it has none), which also starts this browser's session. */
    public String csrfToken(String page) throws Exception {
        Matcher token = CSRF.matcher(get(page).body());
        return token.find() ? token.group(1) : null;
    }

    /** Posts a form with the given CSRF token. */
    public HttpResponse<String> post(String action, Map<String, String> fields, String csrfToken) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.put("_csrf", csrfToken);
        }
        String body = HttpRequests.formBody(all);
        return client.send(
                HttpRequest.newBuilder(URI.create(base + action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Logs in through the form; the answer's {@code Location} says how it went ({@code /} or {@code /login?error}). */
    public HttpResponse<String> logIn(String username, String password) throws Exception {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
