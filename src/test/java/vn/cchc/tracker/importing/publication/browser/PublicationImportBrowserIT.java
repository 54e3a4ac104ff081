package vn.cchc.tracker.importing.publication.browser;

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
 * An admin in real Chromium imports a PAR Index 2025 table as a ministry would print it: the first file has a name
 * that is no unit of 2025 and is refused with that row named; the corrected file shows every row with the unit it
 * matched, is confirmed, and the values carry the publication. Screenshots go to target/screenshots/.
 */
@BrowserTest
class PublicationImportBrowserIT {

    private static final String WRITTEN = "indicator_code in ('PAR_INDEX_SCORE', 'PAR_INDEX_RANK') and year = 2025";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void removeTheImportedValues() {
        jdbc.update("delete from measurement where " + WRITTEN);
    }

    @Test
    void anAdminUploadsAPublishedTableSeesEveryMatchAndConfirms(BrowserSession browser) {
        Page page = browser.logIn(TestAccounts.ADMIN, TestAccounts.ADMIN_DEMO_PASSWORD);

        upload(browser, page, "par-2025-loi.csv", """
                STT,Tỉnh/Thành phố,Điểm,Xếp hạng
                1,Thừa Thiên Huế,91.02,1
                2,TP. Hồ Chí Minh,"88,5",3
                """);

        assertThat(page.locator("h1").innerText()).isEqualTo("Xem trước: par-2025-loi.csv");
        Locator refused = page.locator("tr.preview-row[data-row='2']");
        assertThat(refused.getAttribute("data-status")).isEqualTo("ERROR");
        assertThat(refused.locator(".matched-unit").innerText())
                .contains("không nhận ra", "Không nhận ra “Thừa Thiên Huế” là tỉnh, thành phố nào trong năm 2025.");
        assertThat(page.locator(".import-problems").innerText()).contains("Thừa Thiên Huế");
        assertThat(page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Xác nhận ghi (2 mới, 0 thay đổi)"))
                        .count())
                .isZero();
        browser.screenshot(page, "publication-refused");

        upload(browser, page, "par-2025.csv", """
                STT,Tỉnh/Thành phố,Điểm,Xếp hạng
                1,Huế,91.02,1
                2,TP. Hồ Chí Minh,"88,5",3
                3,Quang Tri,85.1,
                """);

        Locator hue = page.locator("tr.preview-row[data-row='2']");
        assertThat(hue.getAttribute("data-status")).isEqualTo("NEW");
        assertThat(hue.locator(".matched-unit").innerText()).isEqualTo("Huế (46)");
        assertThat(page.locator("tr.preview-row[data-row='3'] .matched-unit").innerText())
                .isEqualTo("Hồ Chí Minh (79)");
        assertThat(page.locator("tr.preview-row[data-row='4'] .matched-unit").innerText())
                .isEqualTo("Quảng Trị (44)");
        assertThat(page.locator("tr.preview-row[data-row='3'] td[data-indicator='PAR_INDEX_SCORE']")
                        .innerText())
                .isEqualTo("88,5");
        assertThat(page.locator(".ignored-columns").innerText()).isEqualTo("STT");
        assertThat(jdbc.queryForObject("select count(*) from measurement where " + WRITTEN, Integer.class))
                .as("nothing written before the confirmation")
                .isZero();
        browser.screenshot(page, "publication-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận ghi (5 mới, 0 thay đổi)"))
                .click();

        assertThat(page.locator(".import-result").innerText())
                .contains("Đã nhập tệp par-2025.csv", "Giá trị mới: 5, thay đổi: 0, không đổi: 0.");
        assertThat(jdbc.queryForList(
                        "select distinct source || ' | ' || source_publisher || ' | ' || source_url from measurement where "
                                + WRITTEN,
                        String.class))
                .containsExactly("Báo cáo Chỉ số CCHC năm 2025 | Bộ Nội vụ | https://moha.gov.vn/par-index-2025");
        browser.screenshot(page, "publication-done");
    }

    private static void upload(BrowserSession browser, Page page, String name, String csv) {
        browser.navigate(page, "/admin/publications");
        assertThat(page.locator("h1").innerText()).isEqualTo("Nhập bảng kết quả công bố");
        page.locator("#family").selectOption("PAR_INDEX");
        page.locator("#year").fill("2025");
        page.locator("#publisher").fill("Bộ Nội vụ");
        page.locator("#publication").fill("Báo cáo Chỉ số CCHC năm 2025");
        page.locator("#url").fill("https://moha.gov.vn/par-index-2025");
        page.locator("#file").setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra tệp"))
                .click();
    }
}
