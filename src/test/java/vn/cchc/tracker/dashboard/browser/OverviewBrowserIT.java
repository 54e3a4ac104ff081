package vn.cchc.tracker.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.tracker.testing.BrowserSession;
import vn.cchc.tracker.testing.BrowserTest;

/** The overview (home page) as a department head sees it in Chromium; today is 15/6/2024 (fixed clock). */
@BrowserTest
class OverviewBrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void opensOnTheCurrentYearWithEveryTrackedProvince(BrowserSession browser) {
        Page page = browser.open("/");

        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Tổng quan cải cách hành chính");
        PlaywrightAssertions.assertThat(page.locator("#year")).hasValue("2024");
        // the 63 units of 2024, each code under the unit that carried it that year
        PlaywrightAssertions.assertThat(page.locator("#status-matrix tbody th[scope=row] a"))
                .hasCount(63);
        PlaywrightAssertions.assertThat(page.locator("#status-matrix tbody tr[data-province-code='45'] th a"))
                .hasText("Quảng Trị");
        PlaywrightAssertions.assertThat(page.locator("#status-matrix tbody tr[data-province-code='46'] th a"))
                .hasText("Thừa Thiên Huế");
        PlaywrightAssertions.assertThat(page.locator("#status-matrix tbody tr[data-province-code='52'] th a"))
                .hasText("Bình Định");
        PlaywrightAssertions.assertThat(page.locator("#status-matrix tbody tr[data-province-code='67'] th a"))
                .hasText("Đắk Nông");
        browser.screenshot(page, "overview-desktop");
    }

    @Test
    void theCountsAPersonReadsAreTheAttainmentApisCountsForTheSameYear(BrowserSession browser) {
        Page page = browser.open("/?year=2024");

        Map<String, Integer> shown = new HashMap<>();
        Locator rows = page.locator("#status-matrix tbody tr");
        for (int r = 0; r < rows.count(); r++) {
            Locator row = rows.nth(r);
            String code = row.getAttribute("data-province-code");
            Locator chips = row.locator(".mini-count");
            for (int c = 0; c < chips.count(); c++) {
                int count = Integer.parseInt(
                        chips.nth(c).locator(".mini-count-n").innerText().trim());
                shown.merge(code + "/" + chips.nth(c).getAttribute("data-status"), count, Integer::sum);
            }
        }
        Map<String, Integer> totals = new HashMap<>();
        Map<String, Integer> api = new HashMap<>();
        java.util.Set<Long> goals = new java.util.HashSet<>(); // goals are counted, not targets (issue 13, rule 8)
        for (JsonNode target : JSON.readTree(
                page.request().get(browser.url("/api/v1/attainment?year=2024")).text())) {
            if (!goals.add(target.get("goalId").asLong())) {
                continue;
            }
            api.merge(
                    target.get("provinceCode").asString() + "/"
                            + target.get("status").asString(),
                    1,
                    Integer::sum);
            totals.merge(target.get("status").asString(), 1, Integer::sum);
        }

        // Đắk Nông's two SIPAS goals, each set by two targets
        assertThat(shown).isEqualTo(api).containsEntry("67/OFF_TRACK", 2);
        totals.forEach((status, n) -> PlaywrightAssertions.assertThat(
                        page.locator(".status-summary [data-status=" + status + "] strong"))
                .hasText(String.valueOf(n)));
    }

    @Test
    void theHeadlineIndicesStandBesideTheMatrixWithTheirYear(BrowserSession browser) {
        Page page = browser.open("/?year=2024");

        Locator sipas = page.locator("#headline-table tr[data-province-code='67'] td[data-indicator=SIPAS]");
        PlaywrightAssertions.assertThat(sipas).containsText("81,21%");
        PlaywrightAssertions.assertThat(sipas).containsText("(2023)");
        BoundingBox matrix = page.locator("#status-matrix").boundingBox();
        BoundingBox headline = page.locator("#headline-table").boundingBox();
        assertThat(headline.x).as("headline table to the right of the matrix").isGreaterThan(matrix.x + matrix.width);
        assertThat(headline.y).as("headline table level with the matrix").isLessThan(matrix.y + matrix.height);
    }

    @Test
    void aCellOpensTheScorecardFilteredOnItsAreaAndYear(BrowserSession browser) {
        Page page = browser.open("/?year=2024");

        page.locator("#status-matrix tr[data-province-code='67'] td[data-area=DIGITAL_GOVERNMENT] a")
                .click();

        page.waitForURL(Pattern.compile("/provinces/67\\?area=DIGITAL_GOVERNMENT&year=2024$"));
        PlaywrightAssertions.assertThat(page.locator("#f-area")).hasValue("DIGITAL_GOVERNMENT");
        PlaywrightAssertions.assertThat(page.locator("tr[data-target-id]")).hasCount(11);
    }

    @Test
    void choosingAnotherYearPutsItInTheAddressAndRecountsEverything(BrowserSession browser) {
        Page page = browser.open("/");

        page.locator("#year").selectOption("2022");

        page.waitForURL(Pattern.compile("/\\?year=2022$"));
        PlaywrightAssertions.assertThat(page.locator(".kicker").first()).hasText("Năm đánh giá 2022");
        PlaywrightAssertions.assertThat(
                        page.locator("#headline-table tr[data-province-code='67'] td[data-indicator=SIPAS]"))
                .containsText("80,09%");
    }

    @Test
    void englishChangesTheLabelsAndTheNumberFormat(BrowserSession browser) {
        Page page = browser.open("/?year=2024");

        page.locator(".lang-switch a[hreflang=en]").click();
        page.waitForURL(Pattern.compile("lang=en"));

        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Administrative reform overview");
        PlaywrightAssertions.assertThat(page.locator("#status-matrix thead")).containsText("Procedures");
        PlaywrightAssertions.assertThat(
                        page.locator("#headline-table tr[data-province-code='67'] td[data-indicator=SIPAS]"))
                .containsText("81.21%");
        browser.screenshot(page, "overview-desktop-en");
    }

    @Test
    void fitsAPhoneWithoutScrollingSideways(BrowserSession browser) {
        Page page = browser.openOnPhone("/?year=2024");

        BrowserSession.assertNoHorizontalScroll(page);
        PlaywrightAssertions.assertThat(page.locator("#status-matrix tr[data-province-code='67']"))
                .containsText("Đắk Nông");
        browser.screenshot(page, "overview-phone");
    }

    @Test
    void theNavigationBarLeadsToEveryDashboard(BrowserSession browser) {
        Page page = browser.open("/?year=2024");
        Locator nav = page.locator("#mainNav");

        nav.getByText("So sánh", new Locator.GetByTextOptions().setExact(true)).click();
        page.waitForURL(Pattern.compile("/compare$"));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("So sánh chỉ tiêu giữa các tỉnh, thành phố");

        nav.getByText("Tỉnh, thành phố", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.waitForURL(Pattern.compile("/provinces$"));
        page.locator("article[data-province-code='67'] h2 a").click();
        page.waitForURL(Pattern.compile("/provinces/67\\?year=2024$"));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Tỉnh Đắk Nông");

        page.locator("tr[data-indicator=SIPAS] a.indicator-link").first().click();
        page.waitForURL(Pattern.compile("/targets/\\d+\\?year=2024$"));
        PlaywrightAssertions.assertThat(page.locator("#sentence")).isVisible();

        nav.getByText("Tổng quan", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.waitForURL(Pattern.compile("/$"));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Tổng quan cải cách hành chính");
    }

    @Test
    void printsAsAnA4ReportWithoutTheNavigation(BrowserSession browser) throws Exception {
        Page page = browser.open("/?year=2024");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        PlaywrightAssertions.assertThat(page.locator("nav.app-navbar")).isHidden();
        PlaywrightAssertions.assertThat(page.locator("#year")).isHidden();
        PlaywrightAssertions.assertThat(page.locator("#status-matrix")).isVisible();
        Path pdf = BrowserSession.SCREENSHOTS.resolve("overview.pdf");
        Files.createDirectories(pdf.getParent());
        page.pdf(new Page.PdfOptions().setPath(pdf).setFormat("A4").setPrintBackground(true));
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF")
                .contains("/MediaBox [0 0 595");
    }
}
