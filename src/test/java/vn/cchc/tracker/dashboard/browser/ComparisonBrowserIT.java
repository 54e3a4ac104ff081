package vn.cchc.tracker.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.BrowserSession;
import vn.cchc.tracker.testing.BrowserTest;

/** One indicator across provinces in Chromium: the Chart.js chart as drawn, its table, and the one-click choices. */
@BrowserTest
class ComparisonBrowserIT {

    /** The datasets Chart.js actually drew on a canvas. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> datasets(Page page, String canvasId) {
        BrowserSession.waitForCharts(page);
        return (List<Map<String, Object>>) page.evaluate(
                "id => Chart.getChart(document.getElementById(id)).data.datasets"
                        + ".map(d => ({label: d.label, role: d.role, points: d.data.length, pointStyle: d.pointStyle || 'circle',"
                        + " xs: d.data.map(p => p.x), ys: d.data.map(p => p.y)}))",
                canvasId);
    }

    private static Object evaluate(Page page, String script) {
        BrowserSession.waitForCharts(page);
        return page.evaluate(
                "() => { const chart = Chart.getChart(document.getElementById('compare-chart')); " + script + " }");
    }

    @Test
    void theChartHasOneSeriesPerProvinceWithDataAndEachTargetAtItsDeadline(BrowserSession browser) {
        Page page = browser.open("/compare");

        PlaywrightAssertions.assertThat(page.locator("#chart-heading"))
                .hasText("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)");
        List<Map<String, Object>> drawn = datasets(page, "compare-chart");
        assertThat(drawn.stream().filter(d -> d.get("role").equals("measured")).map(d -> d.get("label")))
                .containsExactly("Quảng Trị", "Đắk Nông"); // Quảng Trị's published SIPAS 2022 and 2023
        Map<String, Object> dakNongTargets = drawn.stream()
                .filter(d -> d.get("label").equals("Đắk Nông – mục tiêu"))
                .findFirst()
                .orElseThrow();
        assertThat(dakNongTargets.get("pointStyle")).isEqualTo("rectRot");
        assertThat((List<Object>) dakNongTargets.get("xs")).contains(2025, 2030);
        assertThat(drawn)
                .filteredOn(d -> d.get("role").equals("target"))
                .extracting(d -> d.get("label"))
                .containsExactly("Quảng Trị – mục tiêu", "Thừa Thiên Huế – mục tiêu", "Đắk Nông – mục tiêu");
        browser.screenshot(page, "comparison-desktop");
    }

    @Test
    void theSameNumbersAreInATableAndTheChartHasATextAlternative(BrowserSession browser) {
        Page page = browser.open("/compare?indicator=SIPAS&year=2024");

        Locator dakNong = page.locator("#compare-table tr[data-province-code='67']");
        PlaywrightAssertions.assertThat(dakNong.locator("td[data-year='2022']")).hasText("80,09%");
        PlaywrightAssertions.assertThat(dakNong.locator("td[data-year='2023']")).hasText("81,21%");
        PlaywrightAssertions.assertThat(page.locator("#compare-chart")).hasAttribute("role", "img");
        PlaywrightAssertions.assertThat(page.locator("#compare-chart"))
                .hasAttribute("aria-label", Pattern.compile("Đắk Nông: 80,09% \\(2022\\), 81,21% \\(2023\\)"));
        PlaywrightAssertions.assertThat(page.locator("figure figcaption")).containsText("mục tiêu ≥ 85% năm 2025");
    }

    @Test
    void ranksAreDrawnWithRankOneAtTheTop(BrowserSession browser) {
        Page page = browser.open("/compare?year=2024");

        page.locator(".indicator-menu a[data-indicator=PAR_DIRECTION_RANK]").click();

        page.waitForURL(Pattern.compile("indicator=PAR_DIRECTION_RANK"));
        assertThat(evaluate(page, "return chart.scales.y.options.reverse;")).isEqualTo(true);
        assertThat(evaluate(page, "return chart.scales.y.getPixelForValue(1) < chart.scales.y.getPixelForValue(63);"))
                .as("rank 1 above rank 63")
                .isEqualTo(true);
        assertThat(evaluate(page, "return chart.scales.y.getPixelForValue(12) < chart.scales.y.getPixelForValue(40);"))
                .isEqualTo(true);
        browser.screenshot(page, "comparison-rank");
    }

    @Test
    void groupsAreOrderedCategoriesLowestAtTheBottom(BrowserSession browser) {
        Page page = browser.open("/compare?indicator=PCI_GROUP&year=2024");

        assertThat(evaluate(page, "return chart.scales.y.ticks.map(t => t.label);"))
                .isEqualTo(List.of("thấp", "tương đối thấp", "trung bình", "khá", "tốt", "rất tốt"));
        assertThat(evaluate(page, "return chart.scales.y.getPixelForValue(4) < chart.scales.y.getPixelForValue(3);"))
                .as("khá above trung bình")
                .isEqualTo(true);
        // the published PCI groups of Thừa Thiên Huế and Bình Định are drawn, so no "no data" notice
        PlaywrightAssertions.assertThat(page.locator("#no-data")).hasCount(0);
    }

    @Test
    void eachProvinceIsOneClickInOrOut(BrowserSession browser) {
        Page page = browser.open("/compare?indicator=SIPAS&year=2024");

        page.locator(".province-toggle[data-province-code='46']").click();
        page.waitForURL(Pattern.compile("indicator=SIPAS&province=45&province=52&province=67&year=2024$"));
        PlaywrightAssertions.assertThat(page.locator("#compare-table tbody tr")).hasCount(3);
        assertThat(datasets(page, "compare-chart"))
                .extracting(d -> d.get("label"))
                .doesNotContain("Thừa Thiên Huế – mục tiêu");

        // back in through the picker: its search ignores diacritics
        page.locator("#province-picker summary").click();
        page.locator("#province-search").fill("hue");
        PlaywrightAssertions.assertThat(page.locator("#province-picker .picker-option:visible"))
                .hasCount(1);
        page.getByLabel("Thừa Thiên Huế").check();
        page.locator("#province-picker button[type=submit]").click();
        page.waitForURL(Pattern.compile("province=46"));
        PlaywrightAssertions.assertThat(page.locator("#compare-table tbody tr")).hasCount(4);

        // another indicator keeps the chosen provinces
        page.locator(".province-toggle[data-province-code='52']").click();
        page.waitForURL(Pattern.compile("province=45&province=46&province=67&year=2024$"));
        page.locator(".indicator-menu a[data-indicator=DOSSIER_ON_TIME_RATE]").click();
        page.waitForURL(
                Pattern.compile("indicator=DOSSIER_ON_TIME_RATE&province=45&province=46&province=67&year=2024$"));
        PlaywrightAssertions.assertThat(page.locator("#compare-table tr[data-province-code='67'] td[data-year='2024']"))
                .hasText("97,4%");
    }

    @Test
    @SuppressWarnings("unchecked")
    void pciIsDrawnAsTheNationalBandBehindTheChosenProvincesAndEveryProvinceIsRankedBelow(BrowserSession browser) {
        Page page = browser.open("/compare?indicator=PCI_SCORE&year=2020");

        List<Map<String, Object>> drawn = datasets(page, "compare-chart");
        assertThat(drawn.stream().map(d -> d.get("role")))
                .contains("national-q1", "national-q3", "national-median", "national-best", "national-worst");
        assertThat(drawn.stream().filter(d -> d.get("role").equals("measured")).map(d -> d.get("label")))
                .containsExactly("Quảng Trị", "Thừa Thiên Huế", "Bình Định", "Đắk Nông");
        // the median drawn for 2020 is the one the table's national row states
        Map<String, Object> median = drawn.stream()
                .filter(d -> d.get("role").equals("national-median"))
                .findFirst()
                .orElseThrow();
        List<Object> xs = (List<Object>) median.get("xs");
        double drawn2020 = ((Number) ((List<Object>) median.get("ys")).get(xs.indexOf(2020))).doubleValue();
        String stated =
                page.locator("#compare-table .national-cell[data-year='2020']").textContent();
        Matcher m = Pattern.compile("trung vị (\\d+),(\\d+)").matcher(stated);
        assertThat(m.find()).as(stated).isTrue();
        assertThat(drawn2020).isCloseTo(Double.parseDouble(m.group(1) + "." + m.group(2)), within(0.005));

        // the ranking: all 63, best first, values never rising down the table
        Locator rows = page.locator("#ranking-table tbody tr");
        PlaywrightAssertions.assertThat(rows).hasCount(63);
        PlaywrightAssertions.assertThat(rows.first().locator("td").first()).hasText("hạng 1/63");
        List<Double> values = rows.locator(".value-cell").allTextContents().stream()
                .map(t -> Double.parseDouble(t.replaceAll("[^0-9,]", "").replace(',', '.')))
                .toList();
        assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        browser.screenshot(page, "comparison-pci-national");

        // a region is one click
        page.locator(".region-link[data-region=CENTRAL_HIGHLANDS]").click();
        page.waitForURL(Pattern.compile("province=68&year=2020$"));
        assertThat(datasets(page, "compare-chart").stream()
                        .filter(d -> d.get("role").equals("measured")))
                .hasSize(5);
    }

    @Test
    void changingTheYearKeepsTheIndicatorAndProvincesInTheAddress(BrowserSession browser) {
        Page page = browser.open("/compare?indicator=SIPAS&province=67&province=45");

        PlaywrightAssertions.assertThat(page.locator("#year")).hasValue("2024");
        page.locator("#year").selectOption("2022");

        page.waitForURL(Pattern.compile("/compare\\?indicator=SIPAS&province=67&province=45&year=2022$"));
        PlaywrightAssertions.assertThat(page.locator("#compare-table tbody tr")).hasCount(2);
        PlaywrightAssertions.assertThat(page.locator("#compare-table thead"))
                .not()
                .containsText("2023");
        PlaywrightAssertions.assertThat(page.locator("#compare-table tr[data-province-code='67'] td[data-year='2022']"))
                .hasText("80,09%");
    }

    @Test
    void englishChangesTheLabelsAndTheNumberFormat(BrowserSession browser) {
        Page page = browser.open("/compare?indicator=SIPAS&year=2024&lang=en");

        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Compare an indicator across provinces");
        PlaywrightAssertions.assertThat(page.locator("#compare-table tr[data-province-code='67'] td[data-year='2023']"))
                .hasText("81.21%");
        assertThat(datasets(page, "compare-chart"))
                .extracting(d -> d.get("label"))
                .contains("Đắk Nông – target");
        browser.screenshot(page, "comparison-desktop-en");
    }

    @Test
    void fitsAPhoneWithoutScrollingSideways(BrowserSession browser) {
        Page page = browser.openOnPhone("/compare?indicator=SIPAS&year=2024");

        BrowserSession.assertNoHorizontalScroll(page);
        PlaywrightAssertions.assertThat(page.locator("#compare-chart")).isVisible();
        page.locator("#indicator-search").fill("par index");
        PlaywrightAssertions.assertThat(page.locator(".indicator-menu a[data-indicator=PAR_INDEX_RANK]"))
                .isVisible();
        PlaywrightAssertions.assertThat(page.locator(".indicator-menu a[data-indicator=SIPAS]"))
                .isHidden();
        BrowserSession.assertNoHorizontalScroll(page);
        browser.screenshot(page, "comparison-phone");
    }
}
