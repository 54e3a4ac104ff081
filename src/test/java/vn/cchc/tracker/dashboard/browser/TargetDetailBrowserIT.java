package vn.cchc.tracker.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.testing.ShippedData.BAO_DAK_NONG_2024;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.sipas2025TargetId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.BrowserSession;
import vn.cchc.tracker.testing.BrowserTest;

/** One target's page in Chromium: the sentence as written, its measurements with sources, the projection. */
@BrowserTest
class TargetDetailBrowserIT {

    @Autowired
    JdbcTemplate jdbc;

    private String sipas2025() {
        return "/targets/" + sipas2025TargetId(jdbc);
    }

    @Test
    void showsTheSentenceTheDocumentTheMeasurementsWithSourcesAndTheExplanation(BrowserSession browser) {
        Page page = browser.open(sipas2025());

        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)");
        PlaywrightAssertions.assertThat(page.locator("#sentence"))
                .hasText(
                        "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan Nhà nước đạt tối thiểu 90%.");
        PlaywrightAssertions.assertThat(page.locator("#document-heading + p a")).hasText(DAK_NONG_RESOLUTION);
        PlaywrightAssertions.assertThat(page.locator("#measurements tr[data-year='2022']"))
                .containsText("80,09%");
        PlaywrightAssertions.assertThat(page.locator("#measurements tr[data-year='2023']"))
                .containsText(BAO_DAK_NONG_2024);
        PlaywrightAssertions.assertThat(page.locator("main")).not().containsText("Seed 0");
        PlaywrightAssertions.assertThat(page.locator("#assessment .status-chip"))
                .hasText("↘ Chậm tiến độ");
        PlaywrightAssertions.assertThat(page.locator("#assessment .explanation"))
                .containsText("theo xu hướng đến 2025 chỉ đạt khoảng 83,45%");
        browser.screenshot(page, "target-desktop");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChartDrawsTheProjectionToTheDeadlineAndTheTargetThere(BrowserSession browser) {
        Page page = browser.open(sipas2025());
        BrowserSession.waitForCharts(page);

        List<Map<String, Object>> drawn = (List<Map<String, Object>>)
                page.evaluate(
                        "() => Chart.getChart(document.getElementById('target-chart')).data.datasets"
                                + ".map(d => ({role: d.role, label: d.label, xs: d.data.map(p => p.x), ys: d.data.map(p => p.y)}))");

        Map<String, Object> projection = drawn.stream()
                .filter(d -> d.get("role").equals("projection"))
                .findFirst()
                .orElseThrow();
        assertThat((List<Object>) projection.get("xs")).containsExactly(2023, 2025);
        assertThat(((Number) ((List<Object>) projection.get("ys")).get(1)).doubleValue())
                .isEqualTo(83.45);
        Map<String, Object> target = drawn.stream()
                .filter(d -> d.get("role").equals("target"))
                .findFirst()
                .orElseThrow();
        assertThat((List<Object>) target.get("xs")).containsExactly(2025);
        assertThat(((Number) ((List<Object>) target.get("ys")).get(0)).doubleValue())
                .isEqualTo(90.0);
        PlaywrightAssertions.assertThat(page.locator("#target-chart"))
                .hasAttribute(
                        "aria-label", java.util.regex.Pattern.compile("Theo xu hướng, đến năm 2025 đạt khoảng 83,45%"));
    }

    @Test
    void englishChangesTheLabelsButKeepsTheSentenceAsWritten(BrowserSession browser) {
        Page page = browser.open(sipas2025() + "?lang=en");

        PlaywrightAssertions.assertThat(page.locator("h1"))
                .hasText("Satisfaction with public administrative services (SIPAS)");
        PlaywrightAssertions.assertThat(page.locator("#assessment .judged")).hasText("81.21%");
        PlaywrightAssertions.assertThat(page.locator("#sentence")).hasAttribute("lang", "vi");
        PlaywrightAssertions.assertThat(page.locator("#sentence")).containsText("đạt tối thiểu 90%");
    }

    @Test
    void fitsAPhoneWithoutScrollingSideways(BrowserSession browser) {
        Page page = browser.openOnPhone(sipas2025());

        BrowserSession.assertNoHorizontalScroll(page);
        browser.screenshot(page, "target-phone");
    }

    @Test
    void anUnknownTargetIsAFriendly404(BrowserSession browser) {
        Page page = browser.page();
        Response response = page.navigate(browser.url("/targets/999999"));

        assertThat(response.status()).isEqualTo(404);
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("Không có chỉ tiêu số 999999.");
    }
}
