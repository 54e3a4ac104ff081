package vn.cchc.tracker.measurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.BrowserSession;
import vn.cchc.tracker.testing.BrowserTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * A person in real Chromium: the demo editor of Đắk Nông logs in, enters SIPAS for 2024 in the results grid, and
 * the province page's scorecard for 2024 changes. Screenshots go to target/screenshots/.
 */
@BrowserTest
class ResultsEntryBrowserIT {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheEnteredValue() {
        jdbc.update("""
                delete from measurement where indicator_code = 'SIPAS' and year = 2024
                  and province_id in (select id from province where code = '67')""");
    }

    @Test
    void theDemoEditorEntersSipasFor2024AndTheScorecardChanges(BrowserSession browser) {
        Page page = browser.open("/provinces/67?year=2024");
        Locator sipasTarget = page.locator("tr[data-indicator='SIPAS']").first();
        String before = sipasTarget.getAttribute("data-status");
        String noteBefore = sipasTarget.locator(".explanation").innerText();

        browser.screenshot(browser.open("/login"), "login");
        browser.logIn(TestAccounts.EDITOR_DAK_NONG, TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD);
        assertThat(page.locator(".account-name").innerText()).contains("Biên tập viên Đắk Nông");

        browser.navigate(page, "/provinces/67/results/2024");
        Locator sipas = page.locator(".result-row[data-indicator='SIPAS']");
        assertThat(sipas.locator(".previous-value").innerText()).isEqualTo("81,21%");
        sipas.locator(".value-input").fill("91,5");
        sipas.locator("input[name$='.source']").fill("Báo cáo kết quả SIPAS năm 2024 của tỉnh");
        browser.screenshot(page, "results-grid");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu cả bảng"))
                .click();
        assertThat(page.locator("[role=status]").first().innerText()).contains("Đã lưu: 1 giá trị mới");

        browser.navigate(page, "/provinces/67?year=2024");
        Locator after = page.locator("tr[data-indicator='SIPAS']").first();
        browser.screenshot(page, "province-after-entry");

        assertThat(after.locator(".judged").innerText()).isEqualTo("91,5%");
        assertThat(after.locator(".judged-year").innerText()).isEqualTo("(2024)");
        assertThat(after.locator(".explanation").innerText())
                .isNotEqualTo(noteBefore)
                .contains("91,5%");
        assertThat(after.getAttribute("data-status")).isNotNull();
        assertThat(before).isNotNull();
    }
}
