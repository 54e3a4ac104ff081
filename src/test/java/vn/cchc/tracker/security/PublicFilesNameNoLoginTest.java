package vn.cchc.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Nothing a stranger can download names a login (which, with the lockout, would let anyone lock that account out):
 * results updated by the demo editor and the admin show their office instead; a logged-in reader still sees who.
 */
@ApplicationTest
class PublicFilesNameNoLoginTest {

    private static final String BY_EDITOR = "update measurement set updated_by = '" + TestAccounts.EDITOR_DAK_NONG
            + "' where indicator_code = 'SIPAS' and year = 2023";
    private static final String BY_ADMIN = "update measurement set updated_by = '" + TestAccounts.ADMIN
            + "' where indicator_code = 'SIPAS' and year = 2022";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void resultsUpdatedByAccounts() {
        jdbc.update(BY_EDITOR);
        jdbc.update(BY_ADMIN);
    }

    @AfterEach
    void asShipped() {
        jdbc.update("update measurement set updated_by = 'shipped-data' where indicator_code = 'SIPAS'"
                + " and year in (2022, 2023)");
    }

    @Test
    void publicDownloadsPagesAndApiNameOfficesNotLogins() throws Exception {
        for (String url : List.of(
                "/export/measurements.csv",
                "/export/measurements.xlsx",
                "/export/measurements.csv?lang=en",
                "/export/all.zip",
                "/provinces/67",
                "/provinces/67/scorecard.csv",
                "/api/v1/provinces/67/targets",
                "/api/v1/attainment?province=67&year=2024")) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();

            assertThat(response.getStatus()).as(url).isEqualTo(200);
            assertThat(text(response))
                    .as(url)
                    .doesNotContain(TestAccounts.EDITOR_DAK_NONG, "Quản trị viên (demo)", "Biên tập viên Đắk Nông");
        }
        assertThat(text(fetch(get("/export/measurements.csv"))))
                .contains("Văn phòng CCHC Đắk Nông", "Quản trị viên hệ thống", "Hệ thống");
        assertThat(text(fetch(get("/export/measurements.xlsx")))).contains("Văn phòng CCHC Đắk Nông");
        assertThat(text(fetch(get("/export/measurements.csv?lang=en")))).contains("CCHC office, Đắk Nông");
    }

    @Test
    void aLoggedInReaderSeesWhoUpdatedAResult() throws Exception {
        String csv = text(fetch(
                get("/export/measurements.csv").with(user(TestAccounts.VIEWER).roles("VIEWER"))));

        assertThat(csv).contains(TestAccounts.EDITOR_DAK_NONG);
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The body as text; a zip (an XLSX too) as the text of all its entries. */
    private static String text(MockHttpServletResponse response) throws Exception {
        byte[] body = response.getContentAsByteArray();
        if (body.length < 2 || body[0] != 'P' || body[1] != 'K') {
            return new String(body, StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                all.writeBytes(zip.readAllBytes());
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }
}
