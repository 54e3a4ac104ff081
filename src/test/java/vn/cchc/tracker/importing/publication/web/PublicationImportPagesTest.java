package vn.cchc.tracker.importing.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** The publication import's pages on PostgreSQL: the form's checks, upload → preview → confirm. Rolled back. */
@ApplicationTest
@Transactional
class PublicationImportPagesTest {

    private static final RequestPostProcessor ADMIN = user(TestAccounts.ADMIN).roles("ADMIN");
    private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]{64})\"");
    private static final String TABLE = "Tỉnh;Điểm;Hạng\nTP.HCM;\"88,5\";3\nHuế;91.02;1\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFormWithoutIndexYearPublisherOrPublicationIsShownAgainWithEachFieldsErrorAndKeepsNothing() throws Exception {
        int uploads = uploads();
        MockHttpServletResponse response = mvc.perform(
                        form("", "20x5", " ", "", "ftp://x y").file(file("a.csv", TABLE)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "id=\"family-error\"",
                        "id=\"year-error\"",
                        "id=\"publisher-error\"",
                        "id=\"publication-error\"",
                        "id=\"url-error\"",
                        "Năm phải là số nguyên từ 1990 đến 2100.",
                        "Địa chỉ phải bắt đầu bằng http:// hoặc https://");
        assertThat(uploads()).isEqualTo(uploads);
    }

    @Test
    void aFormWithoutAFileSaysSo() throws Exception {
        String page = mvc.perform(form("PAR_INDEX", "2025", "Bộ Nội vụ", "PAR Index 2025", ""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("value=\"Bộ Nội vụ\"", "alert-warning");
    }

    @Test
    void uploadPreviewAndConfirmWriteTheTableWithItsSource() throws Exception {
        MvcResult uploaded = mvc.perform(
                        form("PAR_INDEX", "2025", "Bộ Nội vụ", "PAR Index 2025", "https://moha.gov.vn/x")
                                .file(file("par.csv", TABLE)))
                .andReturn();
        String location = uploaded.getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/publications/[A-Za-z0-9_-]{20,64}");

        String page = mvc.perform(get(location).with(ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "data-row=\"2\" data-status=\"NEW\" data-unit=\"79\"",
                        "data-row=\"3\" data-status=\"NEW\" data-unit=\"46\"")
                .contains("Xác nhận ghi (4 mới, 0 thay đổi)", "https://moha.gov.vn/x");
        Matcher fingerprint = FINGERPRINT.matcher(page);
        assertThat(fingerprint.find()).isTrue();

        MvcResult confirmed = mvc.perform(post(location + "/confirm")
                        .param("fingerprint", fingerprint.group(1))
                        .with(ADMIN)
                        .with(csrf()))
                .andReturn();

        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/admin/publications");
        assertThat(confirmed.getFlashMap().get("imported"))
                .isEqualTo(new PublicationImportController.Imported("par.csv", 4, 0, 0));
        assertThat(jdbc.queryForObject(
                        "select count(*) from measurement where year = 2025 and source = 'PAR Index 2025' and source_publisher = 'Bộ Nội vụ'",
                        Integer.class))
                .isEqualTo(4);
        assertThat(uploads()).isZero();
    }

    @Test
    void anUnknownOrExpiredTokenLeadsBackToTheForm() throws Exception {
        MvcResult result = mvc.perform(
                        get("/admin/publications/no-such-upload-token-0000").with(ADMIN))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/publications");
        assertThat(result.getFlashMap().get("problem")).isEqualTo("import.upload.expired");
    }

    private static MockMultipartHttpServletRequestBuilder form(
            String family, String year, String publisher, String publication, String url) {
        MockMultipartHttpServletRequestBuilder request = multipart("/admin/publications");
        request.param("family", family)
                .param("year", year)
                .param("publisher", publisher)
                .param("publication", publication)
                .param("url", url)
                .with(ADMIN)
                .with(csrf());
        return request;
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private int uploads() {
        return jdbc.queryForObject("select count(*) from publication_upload", Integer.class);
    }
}
