package vn.cchc.tracker.testing;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Multipart uploads over real HTTP (what a browser or curl sends), for tests against a running server. */
public final class HttpUploads {

    private static final String BOUNDARY = "----cchc-test-boundary-7f3a";

    private HttpUploads() {}

    /** {@code curl -u user:password -F file=@name [-F field=value …] url} */
    public static HttpResponse<String> post(
            HttpClient client,
            String url,
            String username,
            String password,
            String fileName,
            byte[] content,
            Map<String, String> fields)
            throws Exception {
        HttpRequest.Builder request = request(url, fileName, content, fields);
        if (username != null) {
            request.header("Authorization", HttpRequests.basic(username, password));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpRequest.Builder request(String url, String fileName, byte[] content, Map<String, String> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}
