package vn.cchc.tracker.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
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

    /**
     * The acceptance test of issue 14, item 2: for the four provinces of the shipped documents, each area cell read
     * from the page ("60 % · 3/5") and each total's goals by status are the attainment API's, counted by goal.
     */
    @Test
    void theCellsAPersonReadsAreTheAttainmentApisCountsByGoalAndStatus(BrowserSession browser) {
        Page page = browser.open("/?year=2024");
        Map<String, String> areaOf = new HashMap<>();
        for (JsonNode indicator : JSON.readTree(
                page.request().get(browser.url("/api/v1/indicators")).text())) {
            areaOf.put(
                    indicator.get("code").asString(),
                    indicator.get("reformArea").asString());
        }
        List<String> areas = new ArrayList<>();
        Locator heads = page.locator("#status-matrix thead th[data-area]");
        for (int i = 0; i < heads.count(); i++) {
            areas.add(heads.nth(i).getAttribute("data-area"));
        }
        Map<String, AttainmentStatus> bySymbol = new HashMap<>();
        for (AttainmentStatus status : AttainmentStatus.values()) {
            bySymbol.put(status.symbol(), status);
        }
        Pattern share = Pattern.compile("(\\d+)[\\s\u00a0]+%[\\s\u00a0]+·[\\s\u00a0]+(\\d+)/(\\d+)");

        for (String code : List.of("45", "46", "52", "67")) {
            Map<String, String> api = new HashMap<>(); // area → met or on track / goals
            Map<String, Integer> apiStatuses = new HashMap<>();
            Map<String, int[]> counts = new HashMap<>();
            Set<Long> goals = new HashSet<>(); // goals, not targets (issue 13, rule 8)
            for (JsonNode target : JSON.readTree(page.request()
                    .get(browser.url("/api/v1/attainment?province=" + code + "&year=2024"))
                    .text())) {
                if (!goals.add(target.get("goalId").asLong())) {
                    continue;
                }
                String status = target.get("status").asString();
                int[] c = counts.computeIfAbsent(
                        areaOf.get(target.get("indicatorCode").asString()), k -> new int[2]);
                c[0] += status.equals("MET") || status.equals("ON_TRACK") ? 1 : 0;
                c[1]++;
                apiStatuses.merge(status, 1, Integer::sum);
            }
            counts.forEach((area, c) -> api.put(area, c[0] + "/" + c[1]));

            Locator row = page.locator("#status-matrix tbody tr[data-province-code='" + code + "']");
            Locator cells = row.locator("td");
            Map<String, String> shown = new HashMap<>();
            for (int i = 0; i < areas.size(); i++) {
                String text = cells.nth(i).innerText().trim();
                java.util.regex.Matcher m = share.matcher(text);
                if (m.matches()) {
                    shown.put(areas.get(i), m.group(2) + "/" + m.group(3));
                    assertThat(Integer.parseInt(m.group(1)))
                            .isEqualTo(Math.round(100f * Integer.parseInt(m.group(2)) / Integer.parseInt(m.group(3))));
                } else {
                    assertThat(text).as("cell %s of %s", areas.get(i), code).isEmpty();
                }
            }
            assertThat(shown).as("cells of %s", code).isNotEmpty().isEqualTo(api);

            Map<String, Integer> shownStatuses = new HashMap<>();
            java.util.regex.Matcher m = Pattern.compile("(\\S)(\\d+)")
                    .matcher(cells.nth(areas.size()).locator("small").innerText());
            while (m.find()) {
                shownStatuses.merge(bySymbol.get(m.group(1)).name(), Integer.parseInt(m.group(2)), Integer::sum);
            }
            assertThat(shownStatuses).as("goals of %s by status", code).isEqualTo(apiStatuses);
        }
    }

    @Test
    void theRegionFilterLeavesOnlyThatRegionsProvinces(BrowserSession browser) {
        Page page = browser.open("/?year=2024");

        page.locator("#region").selectOption("CENTRAL_HIGHLANDS");

        page.waitForURL(Pattern.compile("region=CENTRAL_HIGHLANDS"));
        Locator rows = page.locator("#status-matrix tbody tr[data-province-code]");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < rows.count(); i++) {
            codes.add(rows.nth(i).getAttribute("data-province-code"));
        }
        // Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông, Lâm Đồng
        assertThat(codes).containsExactlyInAnyOrder("62", "64", "66", "67", "68");
        PlaywrightAssertions.assertThat(page.locator("#region-row")).containsText("Tây Nguyên");
        PlaywrightAssertions.assertThat(page.locator("#national-row")).containsText("Toàn quốc");
    }

    @Test
    void sortingByAnAreaOrdersTheRowsByItsShare(BrowserSession browser) {
        Page page = browser.open("/?year=2024");
        int column = -1;
        Locator heads = page.locator("#status-matrix thead th[data-area]");
        for (int i = 0; i < heads.count(); i++) {
            if ("DIGITAL_GOVERNMENT".equals(heads.nth(i).getAttribute("data-area"))) {
                column = i;
            }
        }

        page.locator("#status-matrix thead th[data-area=DIGITAL_GOVERNMENT] a").click();

        page.waitForURL(Pattern.compile("sort=DIGITAL_GOVERNMENT"));
        PlaywrightAssertions.assertThat(page.locator("#status-matrix thead th[data-area=DIGITAL_GOVERNMENT]"))
                .hasAttribute("aria-sort", "descending");
        Locator rows = page.locator("#status-matrix tbody tr[data-province-code]");
        Pattern share = Pattern.compile("\\d+[\\s\u00a0]+%[\\s\u00a0]+·[\\s\u00a0]+(\\d+)/(\\d+)");
        List<Double> shares = new ArrayList<>();
        boolean emptySeen = false;
        for (int i = 0; i < 6; i++) {
            // a province without targets has one cell across the areas
            Locator cell = rows.nth(i).locator("td.no-goals").count() > 0
                    ? rows.nth(i).locator("td.no-goals")
                    : rows.nth(i).locator("td").nth(column);
            java.util.regex.Matcher m = share.matcher(cell.innerText().trim());
            if (m.matches()) {
                assertThat(emptySeen).as("a row with a share after one without").isFalse();
                shares.add((double) Integer.parseInt(m.group(1)) / Integer.parseInt(m.group(2)));
            } else {
                emptySeen = true;
            }
        }
        assertThat(shares).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theHeadlineIndicesStandInEachProvincesLineWithTheirYear(BrowserSession browser) {
        Page page = browser.open("/?year=2024");

        Locator sipas = page.locator("#status-matrix tr[data-province-code='67'] td[data-indicator=SIPAS]");
        PlaywrightAssertions.assertThat(sipas).containsText("81,21%");
        PlaywrightAssertions.assertThat(sipas).containsText("(2023)");
        Locator papi = page.locator("#status-matrix tr[data-province-code='45'] td[data-indicator=PAPI_SCORE]");
        PlaywrightAssertions.assertThat(papi).containsText("hạng 14/61");
        PlaywrightAssertions.assertThat(papi.locator(".pos")).isVisible();
        // the table fits a 1280 px screen: neither the page nor the table scrolls sideways
        BrowserSession.assertNoHorizontalScroll(page);
        Object scrolls = page.locator(".overview-scroll").evaluate("e => e.scrollWidth > e.clientWidth");
        assertThat(scrolls).isEqualTo(false);
    }

    @Test
    void aCellOpensTheScorecardFilteredOnItsAreaAndYear(BrowserSession browser) {
        Page page = browser.open("/?year=2024");

        page.locator("#status-matrix tr[data-province-code='67'] a[href*='area=DIGITAL_GOVERNMENT']")
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
                        page.locator("#status-matrix tr[data-province-code='67'] td[data-indicator=SIPAS]"))
                .containsText("80,09%");
    }

    @Test
    void englishChangesTheLabelsAndTheNumberFormat(BrowserSession browser) {
        Page page = browser.open("/?year=2024");

        page.locator(".lang-switch a[hreflang=en]").click();
        page.waitForURL(Pattern.compile("lang=en"));

        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Administrative reform overview");
        PlaywrightAssertions.assertThat(page.locator("#status-matrix thead")).containsText("Civil service");
        PlaywrightAssertions.assertThat(
                        page.locator("#status-matrix tr[data-province-code='67'] td[data-indicator=SIPAS]"))
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
