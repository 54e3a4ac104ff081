package vn.cchc.tracker.importing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.BrowserSession;
import vn.cchc.tracker.testing.BrowserTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * A person in real Chromium: the demo editor of Đắk Nông uploads a small CSV, sees the preview list one row as new
 * and one as changed (old → new), confirms, sees the counts, and finds the new SIPAS value on the province page.
 * Screenshots go to target/screenshots/.
 */
@BrowserTest
class ImportBrowserIT {

    private static final String SERIES = """
            indicator_code = 'SIPAS' and year in (2021, 2024) and province_id in (select id from province where code = '67')""";

    @Autowired
    JdbcTemplate jdbc;

    /** A 2021 value of the test's own (the shipped rows stay untouched), which the file then corrects. */
    @BeforeEach
    void aValueToCorrect() {
        removeTheImportedValues();
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', 2021, 78, 'Báo cáo thử', 'browser-test', 'browser-test' from province
                where code = '67' and valid_to = '2025-06-30'""");
    }

    @AfterEach
    void removeTheImportedValues() {
        jdbc.update("delete from measurement where " + SERIES);
    }

    @Test
    void theDemoEditorUploadsACsvSeesThePreviewConfirmsAndTheProvincePageShowsTheNewValue(BrowserSession browser) {
        String csv = "province_code,indicator_code,year,value,source,note\n"
                + "67,SIPAS,2024,\"91,5\",Báo cáo kết quả SIPAS năm 2024 của tỉnh,\n"
                + "67,SIPAS,2021,79,Báo cáo thử (đính chính),\n";
        Page page = browser.logIn(TestAccounts.EDITOR_DAK_NONG, TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD);

        browser.navigate(page, "/results");
        page.locator("a.import-link").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Nhập kết quả từ tệp");
        page.locator("#file")
                .setInputFiles(new FilePayload("ket-qua-sipas.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        browser.screenshot(page, "import-upload");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra tệp"))
                .click();

        assertThat(page.locator("h1").innerText()).isEqualTo("Xem trước: ket-qua-sipas.csv");
        Locator newRow = page.locator("tr.preview-row[data-row='2']");
        Locator changedRow = page.locator("tr.preview-row[data-row='3']");
        assertThat(newRow.getAttribute("data-status")).isEqualTo("NEW");
        assertThat(newRow.innerText()).contains("Mới", "91,5");
        assertThat(changedRow.getAttribute("data-status")).isEqualTo("CHANGED");
        assertThat(changedRow.locator(".old-value").innerText()).isEqualTo("78");
        assertThat(changedRow.locator(".new-value").innerText()).isEqualTo("79");
        assertThat(jdbc.queryForObject("select count(*) from measurement where " + SERIES, Integer.class))
                .as("nothing written before the confirmation")
                .isEqualTo(1);
        browser.screenshot(page, "import-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận ghi (1 mới, 1 thay đổi)"))
                .click();

        assertThat(page.locator(".import-result").innerText())
                .contains("Đã nhập tệp ket-qua-sipas.csv", "Mới: 1, thay đổi: 1, không đổi: 0.");
        browser.screenshot(page, "import-done");

        browser.navigate(page, "/provinces/67?year=2024");
        Locator sipas = page.locator("tr[data-indicator='SIPAS']").first();
        assertThat(sipas.locator(".judged").innerText()).isEqualTo("91,5%");
        assertThat(sipas.locator(".judged-year").innerText()).isEqualTo("(2024)");
        browser.screenshot(page, "province-after-import");
    }
}
