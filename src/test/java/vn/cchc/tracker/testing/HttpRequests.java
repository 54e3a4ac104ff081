package vn.cchc.tracker.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pieces of a request over real HTTP that tests build by hand: HTTP Basic credentials, a form body, a multipart
 * body as a client sends it (broken ones included) and a CSRF token tampered with. Shared by {@link HttpBrowser},
 * {@link HttpUploads} and the tests of malformed requests.
 */
public final class HttpRequests {

    private HttpRequests() {}

    /** The {@code Authorization} header of {@code curl -u user:password}. */
    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code application/x-www-form-urlencoded}, in the order given. */
    public static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A POST with whatever body and content type given, well-formed or not. */
    public static HttpRequest.Builder post(String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** The same as {@link #post} with the credentials of {@code curl -u}. */
    public static HttpRequest.Builder post(
            String url, String contentType, String body, String username, String password) {
        return post(url, contentType, body).header("Authorization", basic(username, password));
    }

    /**
     * The same length, still base64url, but the unmasked token is no longer UTF-8: every masking byte 0xFF, every
     * masked byte 0x00.
     */
    public static String tamperedCsrfToken(String token) {
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        Arrays.fill(bytes, 0, bytes.length / 2, (byte) 0xFF);
        Arrays.fill(bytes, bytes.length / 2, bytes.length, (byte) 0x00);
        String encoded = Base64.getUrlEncoder().encodeToString(bytes);
        return token.endsWith("=") ? encoded : encoded.replace("=", "");
    }
}
