package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;
import static vn.cchc.tracker.testing.ShippedData.documentId;
import static vn.cchc.tracker.testing.ShippedData.targetId;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.cchc.tracker.evidence.Narratives;
import vn.cchc.tracker.testing.HttpRequests;
import vn.cchc.tracker.testing.MappedEndpoints;
import vn.cchc.tracker.testing.MappedEndpoints.Endpoint;
import vn.cchc.tracker.testing.ServerTest;
import vn.cchc.tracker.testing.TestAccounts;
import vn.cchc.tracker.web.MalformedInputs.Csrf;
import vn.cchc.tracker.web.MalformedInputs.Probe;

/**
 * The guard against every 500: every endpoint the application maps ({@link MappedEndpoints}, so a new one is walked
 * without anyone remembering) gets the catalogue of {@link MalformedInputs} over real HTTP — anonymously, as an editor
 * and as an admin, so protected handlers are really reached. Every answer is below 500; an error is the documented
 * shape (the HTML error page for pages, {@code ApiError} JSON for {@code /api/**}); and nothing is logged at ERROR
 * level while it runs. In a schema of its own with the shipped data, as the probes that pass the checks write.
 */
@ServerTest
@TestPropertySource(
        properties = {
            "spring.flyway.schemas=cchc_malformed_input",
            "spring.flyway.default-schema=cchc_malformed_input",
            "spring.datasource.hikari.schema=cchc_malformed_input",
            "spring.jpa.properties.hibernate.default_schema=cchc_malformed_input"
        })
class NoServerErrorForMalformedInputTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("CCHC_SESSION=([^;]+)");
    private static final String TARGET_ACCOUNT = "guard.target";
    /** Tomcat's limit for the request line and headers (server.max-http-request-header-size, 8 KB). */
    private static final int MAX_REQUEST_LINE = 8 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Who sends the probes: the session cookie and a CSRF token of that session. */
    record Visitor(String name, String session, String csrfToken) {}

    @Test
    void noMalformedRequestToAnyEndpointAnswers500OrLogsAnError() throws Exception {
        List<Endpoint> endpoints = MappedEndpoints.of(handlerMapping);
        Map<String, String> samples = samples();
        List<Visitor> visitors = List.of(
                visitor("anonymous", null, null),
                visitor("editor", TestAccounts.EDITOR_DAK_NONG, TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD),
                visitor("admin", TestAccounts.ADMIN, TestAccounts.ADMIN_DEMO_PASSWORD));

        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        // Tomcat reports a connector's first unparseable request at INFO with a stack trace: expected here, and
        // printed by a passing test otherwise (its ERROR lines, had it any, would still be caught above WARN)
        Logger tomcatParser = (Logger) LoggerFactory.getLogger("org.apache.coyote.http11.Http11Processor");
        Level tomcatParserLevel = tomcatParser.getLevel();
        tomcatParser.setLevel(Level.WARN);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        Map<String, Long> millis = new java.util.concurrent.ConcurrentHashMap<>();
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Visitor visitor : visitors) {
                // the admin reaches every handler and gets the whole catalogue; the others what reaches their part of
                // it (path variables, every field at once, CSRF tokens, multipart bodies)
                boolean everything = visitor.name().equals("admin");
                List<Probe> probes = new ArrayList<>();
                for (Endpoint endpoint : endpoints) {
                    probes.addAll(MalformedInputs.of(endpoint, samples, everything));
                }
                // the login form is Spring Security's filter, not a mapped endpoint
                probes.addAll(MalformedInputs.of(
                        "POST", "/login", Set.of("username", "password"), false, samples, everything));
                {
                    for (Probe probe : probes) {
                        done.add(senders.submit(() -> {
                            sent.incrementAndGet();
                            long began = System.nanoTime();
                            String problem;
                            try {
                                problem = problem(probe, send(probe, visitor));
                            } catch (IOException closed) {
                                // Tomcat refuses a request line over its limit and may close the connection while the
                                // client is still sending it: no answer, and no 500 either
                                problem = probe.path().length() > MAX_REQUEST_LINE ? null : "no answer: " + closed;
                            }
                            millis.merge(probe.endpoint(), (System.nanoTime() - began) / 1_000_000, Long::sum);
                            if (problem != null) {
                                failures.add(probe.endpoint() + " as " + visitor.name() + ", " + probe.what() + ": "
                                        + problem);
                            }
                            return null;
                        }));
                    }
                }
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            senders.shutdownNow();
            root.detachAppender(logged);
            tomcatParser.setLevel(tomcatParserLevel);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        System.out.printf(
                "Malformed-input guard: %d endpoints, %d visitors, %d requests in %d s%n",
                endpoints.size(), visitors.size(), sent.get(), seconds);
        millis.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> System.out.printf("  %6d ms  %s%n", e.getValue(), e.getKey()));

        assertThat(failures)
                .as("answers that are a 500 or not the documented error shape")
                .isEmpty();
        List<String> errors = logged.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage()
                        + (event.getThrowableProxy() == null
                                ? ""
                                : " — " + event.getThrowableProxy().getClassName() + ": "
                                        + event.getThrowableProxy().getMessage()))
                .distinct()
                .toList();
        assertThat(errors).as("ERROR lines logged during the walk").isEmpty();
    }

    /** Null when the answer is fine: below 500, and an error in the documented shape. */
    private static String problem(Probe probe, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String shown = status + " " + type + " " + MalformedInputs.abbreviate(body.replaceAll("\\s+", " "));
        if (status >= 500) {
            return shown;
        }
        if (status < 400) {
            return null;
        }
        boolean apiError = type.startsWith("application/json") && body.contains("\"status\":" + status);
        boolean page = type.startsWith("text/html") && body.contains("<html");
        if (probe.path().length() > MAX_REQUEST_LINE && status == 400 && (apiError || page)) {
            // Tomcat refuses the request line itself, before it knows the path (ContainerErrorPages)
            return null;
        }
        if (probe.endpoint().equals("POST /admin/restore") && (apiError || page)) {
            // a page that scripts use like the API (curl -u admin:… -F file=@backup.zip): either shape
            return null;
        }
        if (probe.api() && !apiError) {
            return "not an ApiError: " + shown;
        }
        if (!probe.api() && !page) {
            return "not an HTML error page: " + shown;
        }
        return null;
    }

    private HttpResponse<String> send(Probe probe, Visitor visitor) throws Exception {
        String url = "http://localhost:" + port + probe.path();
        Map<String, String> form = new LinkedHashMap<>(probe.form());
        if (probe.csrf() == Csrf.FIELD && visitor.csrfToken() != null) {
            form.put("_csrf", visitor.csrfToken());
        } else if (probe.csrf() == Csrf.TAMPERED_FIELD && visitor.csrfToken() != null) {
            form.put("_csrf", HttpRequests.tamperedCsrfToken(visitor.csrfToken()));
        }
        HttpRequest.Builder request;
        if (probe.contentType() != null) {
            request = HttpRequests.post(url, probe.contentType(), probe.body());
        } else if (probe.method().equals("POST")) {
            request = HttpRequests.post(url, "application/x-www-form-urlencoded", HttpRequests.formBody(form));
        } else {
            request =
                    HttpRequest.newBuilder(URI.create(url)).method(probe.method(), HttpRequest.BodyPublishers.noBody());
        }
        if (probe.csrf() == Csrf.HEADER && visitor.csrfToken() != null) {
            request.header("X-CSRF-TOKEN", visitor.csrfToken());
        }
        probe.headers().forEach(request::header);
        List<String> cookies = new ArrayList<>();
        if (visitor.session() != null && !probe.replacesSession()) {
            cookies.add("CCHC_SESSION=" + visitor.session());
        }
        if (probe.cookie() != null) {
            cookies.add(probe.cookie());
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies));
        }
        request.timeout(Duration.ofSeconds(60));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A session of its own, logged in unless {@code username} is null, and a CSRF token of it. */
    private Visitor visitor(String name, String username, String password) throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String session = session(loginPage, null);
        String token = csrfToken(loginPage);
        if (username != null) {
            HttpResponse<String> login = http.send(
                    HttpRequests.post(
                                    "http://localhost:" + port + "/login",
                                    "application/x-www-form-urlencoded",
                                    HttpRequests.formBody(
                                            Map.of("username", username, "password", password, "_csrf", token)))
                            .header("Cookie", "CCHC_SESSION=" + session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(login.headers().firstValue("Location").orElse(""))
                    .as("%s logs in", username)
                    .doesNotContain("error");
            session = session(login, session);
            token = csrfToken(get("/account/password", session));
        }
        assertThat(token).as("a CSRF token for %s", name).isNotNull();
        return new Visitor(name, session, token);
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (session != null) {
            request.header("Cookie", "CCHC_SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String session(HttpResponse<?> response, String before) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(cookie);
            if (m.find()) {
                return m.group(1);
            }
        }
        return before;
    }

    private static String csrfToken(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        return m.find() ? m.group(1) : null;
    }

    /** A valid value for each path variable, so each probe spoils one thing and reaches as deep as it can. */
    private Map<String, String> samples() {
        TestAccounts.create(jdbc, TARGET_ACCOUNT, "EDITOR", DAK_NONG, false);
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("code", DAK_NONG);
        samples.put("year", "2024");
        samples.put("indicator", SIPAS);
        samples.put("token", "no-such-upload-token-0000");
        samples.put("documents.id", String.valueOf(documentId(jdbc, DAK_NONG_RESOLUTION)));
        samples.put("targets.id", String.valueOf(targetId(jdbc, DAK_NONG_RESOLUTION, 1)));
        // evidence and explanation requests of Đắk Nông, so the probes reach the handlers' checks
        long narrative = Narratives.dakNong(jdbc);
        samples.put("narratives.id", String.valueOf(narrative));
        samples.put("attachments.id", String.valueOf(jdbc.queryForObject("""
                        insert into narrative_attachment (narrative_id, file_name, content_type, size_bytes, sha256,
                                                          bytes, uploaded_by)
                        values (?, 'a.pdf', 'application/pdf', 5, repeat('0', 64), '%PDF-'::bytea, 'editor.daknong')
                        returning id""", Long.class, narrative)));
        samples.put(
                "explanations.id",
                String.valueOf(jdbc.queryForObject("""
                        insert into explanation_request (target_id, year, question, requested_by)
                        values (?, 2024, 'Vì sao?', 'test.reviewer') returning id""", Long.class, targetId(jdbc, DAK_NONG_RESOLUTION, 1))));
        samples.put(
                "admin.id",
                String.valueOf(
                        jdbc.queryForObject("select id from account where username = ?", Long.class, TARGET_ACCOUNT)));
        return samples;
    }
}
