package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;
import static vn.cchc.tracker.testing.ShippedData.documentId;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Input PostgreSQL or the binder cannot take — a NUL character in any text field, a grid row index past the form's
 * limit, an API error asked for as HTML — is refused with 400 naming the field, never 500 or a false 409.
 */
@ApplicationTest
@Transactional
class MalformedFormInputTest {

    private static final String NUL = "a\u0000b";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "/provinces/67/documents, title",
        "/provinces/67/documents, source",
        "/documents/{doc}/targets, sentence",
        "/documents/{doc}/targets, scopeNote",
        "/admin/accounts, username",
        "/admin/accounts, displayName",
        "/provinces/67/results/2024, rows[0].source",
        "/provinces/67/results/2024, rows[0].note",
        "/provinces/67/results/2024/reopen, reason"
    })
    void aNulCharacterInATextFieldIsRefusedNamingTheField(String path, String field) throws Exception {
        MockHttpServletRequestBuilder request = post(path.replace(
                        "{doc}", String.valueOf(documentId(jdbc, DAK_NONG_RESOLUTION))))
                .with(csrf())
                .with(user(TestAccounts.ADMIN).roles("ADMIN"))
                .param("rows[0].indicatorCode", SIPAS)
                .param("rows[0].value", "88,5")
                .param("rows[0].source", "Báo cáo thử")
                .param(field, NUL);

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("<html lang=\"vi\"", "“" + field + "”");
    }

    @Test
    void aNulCharacterInAnApiParameterIsRefusedWithTheApiErrorNamingIt() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/attainment").param("province", NUL))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"parameter\":\"province\"");
    }

    @Test
    void aGridRowIndexPastTheFormsLimitIsABadRequest() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/provinces/67/results/2024")
                        .with(csrf())
                        .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                        .param("rows[100000].value", "1"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"vi\"");
    }

    @Test
    void anApiErrorAskedForAsHtmlIsStillTheJsonApiError() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/api/v1/attainment").param("year", "abc").header("Accept", "text/html"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"parameter\":\"year\"");
    }
}
