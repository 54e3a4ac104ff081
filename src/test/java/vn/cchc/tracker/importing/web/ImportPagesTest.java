package vn.cchc.tracker.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.math.BigDecimal;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * The browser flow of importing results — upload, preview, confirm — on PostgreSQL with the shipped data. Nothing
 * is written before the confirmation; each test runs in a transaction that is rolled back.
 */
@ApplicationTest
@Transactional
class ImportPagesTest {

    private static final String HEADER = "province_code,indicator_code,year,value,source,note\n";
    private static final RequestPostProcessor EDITOR =
            user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR");
    private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]{64})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void uploadingShowsAPreviewOfEveryRowAndWritesNothingUntilConfirmed() throws Exception {
        String token = upload(
                "ket-qua-2024.csv",
                HEADER
                        + "67,SIPAS,2024,\"84,5\",Báo cáo SIPAS 2024,\n"
                        + "67,SIPAS,2023,82,Báo cáo đính chính,\n"
                        + "67,SIPAS,2022,80.09,\"" + textOf("source", 2022) + "\",\"" + textOf("note", 2022) + "\"\n");

        String page = page("/import/" + token);

        assertThat(count(SIPAS, 2024)).isZero();
        assertThat(page)
                .contains(
                        "data-row=\"2\" data-status=\"NEW\"",
                        "data-row=\"3\" data-status=\"CHANGED\"",
                        "data-row=\"4\" data-status=\"UNCHANGED\"");
        assertThat(page)
                .contains("<span class=\"old-value\">81,21</span>", "<span class=\"new-value fw-semibold\">82</span>");
        assertThat(page).contains("Mới: 1", "Thay đổi: 1", "Không đổi: 1", "Lỗi: 0");
        assertThat(page).contains("Xác nhận ghi (1 mới, 1 thay đổi)");

        MvcResult confirmed = mvc.perform(post("/import/" + token + "/confirm")
                        .param("fingerprint", fingerprint(page))
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn();

        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/import");
        ImportController.Imported imported =
                (ImportController.Imported) confirmed.getFlashMap().get("imported");
        assertThat(imported).isEqualTo(new ImportController.Imported("ket-qua-2024.csv", 1, 1, 1));
        assertThat(value(2024)).isEqualByComparingTo("84.5");
        assertThat(value(2023)).isEqualByComparingTo("82");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where origin = 'import: ket-qua-2024.csv'", Integer.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from import_upload where token = ?", Integer.class, token))
                .isZero();
    }

    @Test
    void aFileWithErrorsShowsEachErrorsRowColumnAndReasonAndCannotBeConfirmed() throws Exception {
        String token = upload(
                "loi.csv",
                HEADER
                        + "67,SIPAS,2024,104,Báo cáo,\n"
                        + "52,SIPAS,2024,85,Báo cáo,\n"
                        + "67,KHONG_CO,2024,85,Báo cáo,\n");

        String page = page("/import/" + token);

        assertThat(page).contains("Có 3 lỗi nên không thể ghi tệp này.");
        assertThat(page)
                .contains(
                        "data-row=\"2\" data-column=\"value\"",
                        "data-row=\"3\" data-column=\"province_code\"",
                        "data-row=\"4\" data-column=\"indicator_code\"");
        assertThat(page).contains("Tài khoản của bạn không được nhập số liệu của tỉnh, thành phố mã 52.");
        assertThat(page).doesNotContain("name=\"fingerprint\"");

        MvcResult confirmed = mvc.perform(post("/import/" + token + "/confirm")
                        .param("fingerprint", "x")
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn();
        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/import/" + token);
        assertThat(confirmed.getFlashMap().get("problem")).isEqualTo("import.confirm.rejected");
        assertThat(count(SIPAS, 2024)).isZero();
    }

    @Test
    void aConfirmationAfterTheStoredResultsChangedIsRefusedAsStaleAndWritesNothing() throws Exception {
        String token = upload("kq.csv", HEADER + "67,SIPAS,2023,82,Báo cáo đính chính,\n67,SIPAS,2024,85,Báo cáo,\n");
        String fingerprint = fingerprint(page("/import/" + token));
        // someone else corrects the 2023 value between the preview and the confirmation
        jdbc.update("""
                update measurement set value_number = 81.5, version = version + 1
                where indicator_code = 'SIPAS' and year = 2023 and province_id in (select id from province where code = '67')""");

        MvcResult confirmed = mvc.perform(post("/import/" + token + "/confirm")
                        .param("fingerprint", fingerprint)
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn();

        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/import/" + token);
        assertThat(confirmed.getFlashMap().get("problem")).isEqualTo("import.confirm.stale");
        assertThat(value(2023)).isEqualByComparingTo("81.5");
        assertThat(count(SIPAS, 2024)).isZero();
        // the preview now shows what is stored now (flash messages are checked in the browser: the session lives in
        // PostgreSQL)
        assertThat(page("/import/" + token)).contains("<span class=\"old-value\">81,5</span>");
    }

    @Test
    void anUploadIsOnlyEverSeenByItsOwnAccountAndCancellingForgetsIt() throws Exception {
        String token = upload("kq.csv", HEADER + "67,SIPAS,2024,85,Báo cáo,\n");

        MockHttpServletResponse other = mvc.perform(
                        get("/import/" + token).with(user(TestAccounts.ADMIN).roles("ADMIN")))
                .andReturn()
                .getResponse();
        MvcResult cancelled = mvc.perform(
                        post("/import/" + token + "/cancel").with(EDITOR).with(csrf()))
                .andReturn();
        MvcResult afterwards = mvc.perform(get("/import/" + token).with(EDITOR)).andReturn();

        assertThat(other.getRedirectedUrl()).isEqualTo("/import");
        assertThat(cancelled.getFlashMap().get("notice")).isEqualTo("import.cancelled");
        assertThat(afterwards.getResponse().getRedirectedUrl()).isEqualTo("/import");
        assertThat(afterwards.getFlashMap().get("problem")).isEqualTo("import.upload.expired");
    }

    @Test
    void aFileOverTheLimitOrNoFileIsRefusedOnTheUploadPage() throws Exception {
        MvcResult none =
                mvc.perform(multipart("/import").with(EDITOR).with(csrf())).andReturn();

        assertThat(none.getResponse().getRedirectedUrl()).isEqualTo("/import");
        assertThat(none.getFlashMap().get("problem")).isEqualTo("import.upload.missing");
    }

    @Test
    void theUploadFormsCarryTheirCsrfTokenAsAFormFieldNeverInTheUrl() throws Exception {
        String page = page("/import");
        String restore = mvc.perform(get("/admin/restore").with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("action=\"/import\" method=\"post\" enctype=\"multipart/form-data\"")
                .containsPattern("name=\"_csrf\" value=\"[^\"]+\"")
                .doesNotContain("_csrf=");
        assertThat(page).contains("/import/template.csv", "/import/template.xlsx");
        assertThat(restore)
                .contains("action=\"/admin/restore\" method=\"post\" enctype=\"multipart/form-data\"")
                .containsPattern("name=\"_csrf\" value=\"[^\"]+\"")
                .doesNotContain("_csrf=");
    }

    @Test
    void viewersAndAnonymousUsersCannotOpenTheImportPage() throws Exception {
        assertThat(mvc.perform(get("/import").with(user("test.viewer").roles("VIEWER")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/import")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
    }

    private String upload(String name, String content) throws Exception {
        MvcResult result = mvc.perform(multipart("/import")
                        .file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/import/");
        return location.substring("/import/".length());
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(url).with(EDITOR)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String fingerprint(String page) {
        Matcher m = FINGERPRINT.matcher(page);
        assertThat(m.find()).as("confirm form with fingerprint").isTrue();
        return m.group(1);
    }

    private String textOf(String column, int year) {
        return jdbc.queryForObject("""
                select m.""" + column + """
                 from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = 'SIPAS' and m.year = ?""", String.class, year).replace("\"", "\"\"");
    }

    private BigDecimal value(int year) {
        return jdbc.queryForObject("""
                select m.value_number from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = 'SIPAS' and m.year = ?""", BigDecimal.class, year);
    }

    private int count(String indicator, int year) {
        return jdbc.queryForObject("""
                select count(*) from measurement m join province p on p.id = m.province_id
                where p.code = '67' and m.indicator_code = ? and m.year = ?""", Integer.class, indicator, year);
    }
}
