package vn.cchc.tracker.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.tracker.testing.ServerTest;

/** Kept pages through the real server (Tomcat's own compression is on): what a browser and a plain client receive. */
@ServerTest
class PageCacheOverHttpTest {

    private static final String SCORECARD = "/provinces/67?year=2024";

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aBrowserGetsTheKeptPageGzippedExactlyOnceAndAPlainClientGetsItPlain() throws Exception {
        HttpResponse<byte[]> first = get(SCORECARD, "gzip, deflate, br"); // rendered and kept
        HttpResponse<byte[]> kept = get(SCORECARD, "gzip, deflate, br");
        HttpResponse<byte[]> plain = get(SCORECARD, null);
        HttpResponse<byte[]> refused = get(SCORECARD, "gzip;q=0, identity");

        String page = new String(plain.body(), StandardCharsets.UTF_8);
        assertThat(page).contains("81,21%");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(page);
        for (HttpResponse<byte[]> zipped : new HttpResponse[] {first, kept}) {
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gunzip(zipped.body())).isEqualTo(page);
        }
        assertThat(kept.headers().allValues("Vary"))
                .anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static String gunzip(byte[] body) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
