package vn.cchc.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;
import static vn.cchc.tracker.testing.ShippedData.documentId;
import static vn.cchc.tracker.testing.ShippedData.targetId;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.cchc.tracker.evidence.Narratives;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.MappedEndpoints;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Every endpoint the application maps, for every kind of user: allowed or denied, as the matrix says. The endpoints
 * are read from Spring MVC at test time, so a new endpoint without a line in {@link #MATRIX} fails
 * {@link #everyMappedEndpointHasAnEntry()} by name. Each request runs in a transaction that is rolled back.
 *
 * <p>Denied means: anonymous users are sent to the login page (the API answers 401), logged-in users get 403.
 * Allowed means anything else below 500 — a page, a redirect after a save, a validation error, or 404 for an id
 * that does not exist.
 */
@ApplicationTest
@Transactional
class AuthorizationMatrixTest {

    /** The users every endpoint is tried with. */
    enum Who {
        ANONYMOUS(null, null),
        VIEWER(TestAccounts.VIEWER, "VIEWER"),
        EDITOR_DAK_NONG(TestAccounts.EDITOR_DAK_NONG, "EDITOR"),
        EDITOR_BINH_DINH(TestAccounts.EDITOR_BINH_DINH, "EDITOR"),
        /** A viewer with the reviewer right (a department head). */
        REVIEWER(TestAccounts.REVIEWER, "VIEWER"),
        ADMIN(TestAccounts.ADMIN, "ADMIN");

        final String username;
        final String role;

        Who(String username, String role) {
            this.username = username;
            this.role = role;
        }
    }

    static final Set<Who> PUBLIC = EnumSet.allOf(Who.class);
    static final Set<Who> ACCOUNTS =
            EnumSet.of(Who.VIEWER, Who.EDITOR_DAK_NONG, Who.EDITOR_BINH_DINH, Who.REVIEWER, Who.ADMIN);
    static final Set<Who> EDITORS = EnumSet.of(Who.EDITOR_DAK_NONG, Who.EDITOR_BINH_DINH, Who.ADMIN);
    /** Samples below are Đắk Nông's (67): its editor and admins. */
    static final Set<Who> DAK_NONG_WRITERS = EnumSet.of(Who.EDITOR_DAK_NONG, Who.ADMIN);

    static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);
    static final Set<Who> REVIEWERS = EnumSet.of(Who.REVIEWER, Who.ADMIN);
    /** Who reads Đắk Nông's evidence and explanation requests: its editor, reviewers and admins. */
    static final Set<Who> DAK_NONG_READERS = EnumSet.of(Who.EDITOR_DAK_NONG, Who.REVIEWER, Who.ADMIN);

    static final Set<Who> EDITORS_AND_REVIEWERS =
            EnumSet.of(Who.EDITOR_DAK_NONG, Who.EDITOR_BINH_DINH, Who.REVIEWER, Who.ADMIN);

    record Entry(String endpoint, String sample, Set<Who> allowed, Map<String, String> params) {
        Entry with(String name, String value) {
            Map<String, String> p = new LinkedHashMap<>(params);
            p.put(name, value);
            return new Entry(endpoint, sample, allowed, p);
        }

        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }
    }

    private static Entry e(String endpoint, String sample, Set<Who> allowed) {
        return new Entry(endpoint, sample, allowed, Map.of());
    }

    /** Document ids are looked up at run time; {doc} in a sample stands for Nghị quyết 20-NQ/TU of Đắk Nông. */
    static final List<Entry> MATRIX = List.of(
            // reading pages and the read API: public unless cchc.security.require-login=true (RequireLoginTest)
            e("GET /", "/", PUBLIC),
            e("GET /provinces", "/provinces", PUBLIC),
            e("GET /provinces/{code}", "/provinces/67", PUBLIC),
            e("GET /provinces/sources", "/provinces/sources", PUBLIC),
            e("GET /documents/{id}", "/documents/{doc}", PUBLIC),
            e("GET /indicators", "/indicators", PUBLIC),
            e("GET /sources", "/sources", PUBLIC),
            e("GET /compare", "/compare?indicator=SIPAS", PUBLIC),
            e("GET /targets/{id}", "/targets/{target}", PUBLIC),
            e("GET /api/v1/provinces", "/api/v1/provinces", PUBLIC),
            e("GET /api/v1/indicators", "/api/v1/indicators", PUBLIC),
            e("GET /api/v1/provinces/{code}/targets", "/api/v1/provinces/67/targets", PUBLIC),
            e("GET /api/v1/attainment", "/api/v1/attainment", PUBLIC),
            e("ANY /error", "/error", PUBLIC),
            e("GET /login", "/login", PUBLIC),
            // API documentation (springdoc)
            e("GET /v3/api-docs", "/v3/api-docs", PUBLIC),
            e("GET /v3/api-docs.yaml", "/v3/api-docs.yaml", PUBLIC),
            e("GET /v3/api-docs/swagger-config", "/v3/api-docs/swagger-config", PUBLIC),
            e("GET /swagger-ui.html", "/swagger-ui.html", PUBLIC),
            // exports and reports of what the pages show, the full export included: public like the pages (none
            // names a login)
            e("GET /provinces/{code}/scorecard.csv", "/provinces/67/scorecard.csv", PUBLIC),
            e("GET /provinces/{code}/scorecard.xlsx", "/provinces/67/scorecard.xlsx", PUBLIC),
            e("GET /provinces/{code}/report.pdf", "/provinces/67/report.pdf?year=2024", PUBLIC),
            e("GET /export/measurements.csv", "/export/measurements.csv", PUBLIC),
            e("GET /export/measurements.xlsx", "/export/measurements.xlsx", PUBLIC),
            e("GET /export/all.zip", "/export/all.zip", PUBLIC),
            e("GET /import/template.csv", "/import/template.csv", PUBLIC),
            e("GET /import/template.xlsx", "/import/template.xlsx", PUBLIC),
            // own account
            e("GET /account/password", "/account/password", ACCOUNTS),
            e("POST /account/password", "/account/password", ACCOUNTS),
            // history views name people: logged-in users only
            e("GET /targets/{id}/history", "/targets/{target}/history", ACCOUNTS),
            e("GET /documents/{id}/history", "/documents/{doc}/history", ACCOUNTS),
            e(
                    "GET /provinces/{code}/results/{year}/history/{indicator}",
                    "/provinces/67/results/2023/history/SIPAS",
                    ACCOUNTS),
            // data entry
            e("GET /results", "/results", EDITORS),
            e("GET /provinces/{code}/results/{year}", "/provinces/67/results/2024", DAK_NONG_WRITERS),
            e("POST /provinces/{code}/results/{year}", "/provinces/67/results/2024", DAK_NONG_WRITERS)
                    .with("rows[0].indicatorCode", SIPAS)
                    .with("rows[0].value", "88,5")
                    .with("rows[0].source", "Báo cáo thử"),
            e("POST /provinces/{code}/results/{year}/approve", "/provinces/67/results/2024/approve", ADMINS),
            e("POST /provinces/{code}/results/{year}/reopen", "/provinces/67/results/2024/reopen", ADMINS)
                    .with("reason", "thử"),
            e("GET /provinces/{code}/documents/new", "/provinces/67/documents/new", DAK_NONG_WRITERS),
            e("POST /provinces/{code}/documents", "/provinces/67/documents", DAK_NONG_WRITERS),
            e("GET /documents/{id}/edit", "/documents/{doc}/edit", DAK_NONG_WRITERS),
            e("POST /documents/{id}", "/documents/{doc}", DAK_NONG_WRITERS),
            e("POST /documents/{id}/delete", "/documents/{doc}/delete", DAK_NONG_WRITERS)
                    .with("version", "0"),
            e("GET /documents/{id}/targets/new", "/documents/{doc}/targets/new", DAK_NONG_WRITERS),
            e("POST /documents/{id}/targets", "/documents/{doc}/targets", DAK_NONG_WRITERS),
            e("GET /targets/{id}/edit", "/targets/{target}/edit", DAK_NONG_WRITERS),
            e("POST /targets/{id}", "/targets/{target}", DAK_NONG_WRITERS),
            e("POST /targets/{id}/delete", "/targets/{target}/delete", DAK_NONG_WRITERS)
                    .with("version", "0"),
            // importing results files (pages and API): admins and editors; the rows' provinces are checked per row
            e("GET /import", "/import", EDITORS),
            e("POST /import", "/import", EDITORS),
            e("GET /import/{token}", "/import/no-such-upload-token-0000", EDITORS),
            e("POST /import/{token}/confirm", "/import/no-such-upload-token-0000/confirm", EDITORS),
            e("POST /import/{token}/cancel", "/import/no-such-upload-token-0000/cancel", EDITORS),
            e("POST /api/v1/measurements/import", "/api/v1/measurements/import", EDITORS),
            // administration
            e("GET /admin/accounts", "/admin/accounts", ADMINS),
            e("GET /admin/accounts/new", "/admin/accounts/new", ADMINS),
            e("POST /admin/accounts", "/admin/accounts", ADMINS),
            e("GET /admin/accounts/{id}", "/admin/accounts/{account}", ADMINS),
            e("POST /admin/accounts/{id}", "/admin/accounts/{account}", ADMINS),
            e("POST /admin/accounts/{id}/enabled", "/admin/accounts/{account}/enabled", ADMINS)
                    .with("enabled", "true")
                    .with("version", "0"),
            e("POST /admin/accounts/{id}/password", "/admin/accounts/{account}/password", ADMINS),
            e("GET /admin/audit", "/admin/audit", ADMINS),
            e("GET /admin/restore", "/admin/restore", ADMINS),
            // importing a published national table: admins
            e("GET /admin/publications", "/admin/publications", ADMINS),
            e("POST /admin/publications", "/admin/publications", ADMINS),
            e("GET /admin/publications/{token}", "/admin/publications/no-such-upload-token-0000", ADMINS),
            e(
                    "POST /admin/publications/{token}/confirm",
                    "/admin/publications/no-such-upload-token-0000/confirm",
                    ADMINS),
            e(
                    "POST /admin/publications/{token}/cancel",
                    "/admin/publications/no-such-upload-token-0000/cancel",
                    ADMINS),
            e("POST /admin/restore", "/admin/restore", ADMINS),
            // evidence: a narrative's attachments are never public; {narrative} and {attachment} are Đắk Nông's
            e("GET /narratives/{id}/attachments", "/narratives/{narrative}/attachments", DAK_NONG_READERS),
            e("POST /narratives/{id}/attachments", "/narratives/{narrative}/attachments", DAK_NONG_WRITERS),
            e("GET /attachments/{id}", "/attachments/{attachment}", DAK_NONG_READERS),
            e("POST /attachments/{id}/delete", "/attachments/{attachment}/delete", DAK_NONG_WRITERS),
            // explanation requests: reviewers ask, the province answers; {explanation} is an open one of Đắk Nông
            e("POST /targets/{id}/explanations", "/targets/{target}/explanations", REVIEWERS)
                    .with("year", "2024")
                    .with("question", "Vì sao chỉ số giảm?"),
            e("GET /explanations", "/explanations", EDITORS_AND_REVIEWERS),
            e("GET /explanations/{id}", "/explanations/{explanation}", DAK_NONG_READERS),
            e("POST /explanations/{id}", "/explanations/{explanation}", DAK_NONG_WRITERS)
                    .with("version", "0")
                    .with("reply", "Do khảo sát muộn."));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
    }

    @Test
    void everyMappedEndpointHasAnEntry() {
        Set<String> mapped = mappedEndpoints();
        Set<String> listed = new TreeSet<>();
        MATRIX.forEach(entry -> listed.add(entry.endpoint()));

        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(listed);
        assertThat(missing)
                .as("endpoints without an entry in AuthorizationMatrixTest.MATRIX (add one line each)")
                .isEmpty();
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(mapped);
        assertThat(stale)
                .as("entries in AuthorizationMatrixTest.MATRIX for endpoints that no longer exist")
                .isEmpty();
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Entry entry : MATRIX) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(entry.endpoint(), who, entry));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachUserIsAllowedOrDeniedAsTheMatrixSays(String endpoint, Who who, Entry entry) throws Exception {
        String method = entry.method().equals("ANY") ? "GET" : entry.method();
        MockHttpServletRequestBuilder request =
                request(org.springframework.http.HttpMethod.valueOf(method), samplePath(entry.sample()));
        entry.params().forEach(request::param);
        if (!method.equals("GET")) {
            request.with(csrf());
        }
        if (who.username != null) {
            request.with(user(who.username).roles(who.role));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        boolean denied = isDenied(response, endpoint);
        boolean expectedAllowed = entry.allowed().contains(who);
        assertThat(denied)
                .as(
                        "%s as %s: status %d, redirect %s",
                        endpoint, who, response.getStatus(), response.getRedirectedUrl())
                .isEqualTo(!expectedAllowed);
        if (expectedAllowed && !endpoint.endsWith(" /error")) {
            assertThat(response.getStatus()).as("%s as %s", endpoint, who).isLessThan(500);
        }
    }

    @ParameterizedTest(name = "{0} without a CSRF token")
    @MethodSource("posts")
    void everyPostWithoutACsrfTokenIsRefused(String endpoint, Entry entry) throws Exception {
        MockHttpServletRequestBuilder request = request(
                        org.springframework.http.HttpMethod.POST, samplePath(entry.sample()))
                .with(user(TestAccounts.ADMIN).roles("ADMIN"));
        entry.params().forEach(request::param);

        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    static Stream<Arguments> posts() {
        return MATRIX.stream()
                .filter(entry -> entry.method().equals("POST"))
                .map(entry -> Arguments.of(entry.endpoint(), entry));
    }

    private static boolean isDenied(MockHttpServletResponse response, String endpoint) {
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        return status == 401 || status == 403 || (status == 302 && redirect != null && redirect.endsWith("/login"));
    }

    private String samplePath(String sample) {
        if (sample.contains("{narrative}") || sample.contains("{attachment}")) {
            long narrative = Narratives.dakNong(jdbc);
            sample = sample.replace("{narrative}", String.valueOf(narrative));
            if (sample.contains("{attachment}")) {
                Long attachment = jdbc.queryForObject("""
                        insert into narrative_attachment (narrative_id, file_name, content_type, size_bytes, sha256,
                                                          bytes, uploaded_by)
                        values (?, 'a.pdf', 'application/pdf', 5, repeat('0', 64), '%PDF-'::bytea, 'editor.daknong')
                        returning id""", Long.class, narrative);
                sample = sample.replace("{attachment}", String.valueOf(attachment));
            }
        }
        if (sample.contains("{explanation}")) {
            Long explanation = jdbc.queryForObject("""
                    insert into explanation_request (target_id, year, question, requested_by)
                    values (?, 2024, 'Vì sao?', 'test.reviewer') returning id""", Long.class, targetId(jdbc, DAK_NONG_RESOLUTION, 1));
            sample = sample.replace("{explanation}", String.valueOf(explanation));
        }
        return sample.replace("{doc}", String.valueOf(documentId(jdbc, DAK_NONG_RESOLUTION)))
                .replace("{target}", String.valueOf(targetId(jdbc, DAK_NONG_RESOLUTION, 1)))
                .replace("{account}", "999999");
    }

    /** "GET /provinces/{code}", one per method and path pattern; a mapping without a method is "ANY". */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        MappedEndpoints.of(handlerMapping).forEach(endpoint -> endpoints.add(endpoint.key()));
        return endpoints;
    }
}
