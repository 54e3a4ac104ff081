package vn.cchc.tracker.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.tracker.testing.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in real Chromium: the demo editor of Đắk Nông logs in, enters SIPAS for 2024 in the results grid, and
 * the province page's scorecard for 2024 changes. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ResultsEntryBrowserIT {

    private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run");
    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheEnteredValue() {
        jdbc.update("""
                delete from measurement where indicator_code = 'SIPAS' and year = 2024
                  and province_id in (select id from province where code = '67')""");
    }

    @Test
    void theDemoEditorEntersSipasFor2024AndTheScorecardChanges() {
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setArgs(CHROMIUM_FLAGS));
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            List<String> cspViolations = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy") && !page.url().contains("/provinces/67?")) {
                    cspViolations.add(page.url() + ": " + m.text());
                }
            });
            String base = "http://localhost:" + port;

            page.navigate(base + "/provinces/67?year=2024");
            Locator sipasTarget = page.locator("tr[data-indicator='SIPAS']").first();
            String before = sipasTarget.getAttribute("data-status");
            String noteBefore = sipasTarget.locator(".explanation").innerText();

            page.navigate(base + "/login");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login.png")));
            page.getByLabel("Tên đăng nhập").fill("editor.daknong");
            page.getByLabel("Mật khẩu").fill("editor-demo-2026");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Đăng nhập")).click();
            assertThat(page.locator(".account-name").innerText()).contains("Biên tập viên Đắk Nông");

            page.navigate(base + "/provinces/67/results/2024");
            Locator sipas = page.locator(".result-row[data-indicator='SIPAS']");
            assertThat(sipas.locator(".previous-value").innerText()).isEqualTo("81,21%");
            sipas.locator(".value-input").fill("91,5");
            sipas.locator("input[name$='.source']").fill("Báo cáo kết quả SIPAS năm 2024 của tỉnh");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("results-grid.png")).setFullPage(true));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Lưu cả bảng")).click();
            assertThat(page.locator("[role=status]").first().innerText()).contains("Đã lưu: 1 giá trị mới");

            page.navigate(base + "/provinces/67?year=2024");
            Locator after = page.locator("tr[data-indicator='SIPAS']").first();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("province-after-entry.png")).setFullPage(true));

            assertThat(after.locator(".judged").innerText()).isEqualTo("91,5%");
            assertThat(after.locator(".judged-year").innerText()).isEqualTo("(2024)");
            assertThat(after.locator(".explanation").innerText()).isNotEqualTo(noteBefore).contains("91,5%");
            assertThat(after.getAttribute("data-status")).isNotNull();
            assertThat(before).isNotNull();
            assertThat(cspViolations).as("CSP violations on the data-entry pages").isEmpty();
            browser.close();
        }
    }
}
