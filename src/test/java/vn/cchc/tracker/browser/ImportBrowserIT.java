package vn.cchc.tracker.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.tracker.testing.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in real Chromium: the demo editor of Đắk Nông uploads a small CSV, sees the preview list one row as new
 * and one as changed (old → new), confirms, sees the counts, and finds the new SIPAS value on the province page.
 * Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ImportBrowserIT {

    private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run");
    private static final Path SCREENSHOTS = Paths.get("target/screenshots");
    private static final String SERIES = """
            indicator_code = 'SIPAS' and year in (2021, 2024) and province_id in (select id from province where code = '67')""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** A 2021 value of the test's own (the shipped rows stay untouched), which the file then corrects. */
    @BeforeEach
    void aValueToCorrect() {
        removeTheImportedValues();
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', 2021, 78, 'Báo cáo thử', 'browser-test', 'browser-test' from province
                where code = '67' and valid_from = '2004-01-01'""");
    }

    @AfterEach
    void removeTheImportedValues() {
        jdbc.update("delete from measurement where " + SERIES);
    }

    @Test
    void theDemoEditorUploadsACsvSeesThePreviewConfirmsAndTheProvincePageShowsTheNewValue() {
        String csv = "province_code,indicator_code,year,value,source,note\n"
                + "67,SIPAS,2024,\"91,5\",Báo cáo kết quả SIPAS năm 2024 của tỉnh,\n"
                + "67,SIPAS,2021,79,Báo cáo thử (đính chính),\n";
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

            page.navigate(base + "/login");
            page.getByLabel("Tên đăng nhập").fill("editor.daknong");
            page.getByLabel("Mật khẩu").fill("editor-demo-2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

            page.navigate(base + "/results");
            page.locator("a.import-link").click();
            assertThat(page.locator("h1").innerText()).isEqualTo("Nhập kết quả từ tệp");
            page.locator("#file").setInputFiles(new FilePayload("ket-qua-sipas.csv", "text/csv",
                    csv.getBytes(StandardCharsets.UTF_8)));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-upload.png")).setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra tệp")).click();

            assertThat(page.locator("h1").innerText()).isEqualTo("Xem trước: ket-qua-sipas.csv");
            Locator newRow = page.locator("tr.preview-row[data-row='2']");
            Locator changedRow = page.locator("tr.preview-row[data-row='3']");
            assertThat(newRow.getAttribute("data-status")).isEqualTo("NEW");
            assertThat(newRow.innerText()).contains("Mới", "91,5");
            assertThat(changedRow.getAttribute("data-status")).isEqualTo("CHANGED");
            assertThat(changedRow.locator(".old-value").innerText()).isEqualTo("78");
            assertThat(changedRow.locator(".new-value").innerText()).isEqualTo("79");
            assertThat(jdbc.queryForObject("select count(*) from measurement where " + SERIES, Integer.class))
                    .as("nothing written before the confirmation").isEqualTo(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-preview.png")).setFullPage(true));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận ghi (1 mới, 1 thay đổi)")).click();

            assertThat(page.locator(".import-result").innerText()).contains("Đã nhập tệp ket-qua-sipas.csv",
                    "Mới: 1, thay đổi: 1, không đổi: 0.");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-done.png")).setFullPage(true));

            page.navigate(base + "/provinces/67?year=2024");
            Locator sipas = page.locator("tr[data-indicator='SIPAS']").first();
            assertThat(sipas.locator(".judged").innerText()).isEqualTo("91,5%");
            assertThat(sipas.locator(".judged-year").innerText()).isEqualTo("(2024)");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("province-after-import.png")).setFullPage(true));
            assertThat(cspViolations).as("CSP violations on the import pages").isEmpty();
            browser.close();
        }
    }
}
