package vn.cchc.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * The import API's 401 and 403, answered by the security filters, have the documented {@code ApiError} body; and
 * the OpenAPI description lets Swagger UI authorize with HTTP Basic to try the import.
 */
@ApplicationTest
class ApiAuthErrorsTest {

    private static final String IMPORT = "/api/v1/measurements/import";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
    }

    @Test
    void withoutCredentialsTheImportAnswers401InTheApiErrorShape() throws Exception {
        MockHttpServletResponse response = send(upload());

        assertApiError(response, 401, "Unauthorized");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("HTTP Basic");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
    }

    @Test
    void wrongCredentialsAnswer401InTheApiErrorShape() throws Exception {
        MockHttpServletResponse response = send(basic(upload(), "nobody.here", "not-the-password"));

        assertApiError(response, 401, "Unauthorized");
    }

    @Test
    void aViewerGets403InTheApiErrorShape() throws Exception {
        MockHttpServletResponse response = send(basic(upload(), TestAccounts.VIEWER, TestAccounts.PASSWORD));

        assertApiError(response, 403, "Forbidden");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Tài khoản của bạn không được thực hiện thao tác này.");
    }

    @Test
    void swaggerUiCanAuthorizeWithHttpBasicForTheImport() throws Exception {
        String docs = send(get("/v3/api-docs")).getContentAsString(StandardCharsets.UTF_8);

        assertThat(docs)
                .contains("\"securitySchemes\":{\"basicAuth\":{\"type\":\"http\"", "\"scheme\":\"basic\"")
                .contains("\"security\":[{\"basicAuth\":[]}]");
    }

    private static void assertApiError(MockHttpServletResponse response, int status, String error) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"status\":" + status, "\"error\":\"" + error + "\"", "\"path\":\"" + IMPORT + "\"")
                .contains("\"message\":\"", "\"timestamp\":\"");
    }

    private static MockMultipartHttpServletRequestBuilder upload() {
        return multipart(IMPORT)
                .file(new MockMultipartFile("file", "ket-qua.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8)));
    }

    private static MockMultipartHttpServletRequestBuilder basic(
            MockMultipartHttpServletRequestBuilder request, String user, String password) {
        return request.header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
