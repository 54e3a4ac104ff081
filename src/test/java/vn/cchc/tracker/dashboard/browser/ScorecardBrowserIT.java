package vn.cchc.tracker.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.testing.ShippedData.sipas2025TargetId;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.BrowserSession;
import vn.cchc.tracker.testing.BrowserTest;

/** A province's scorecard in Chromium: what a reader sees, and the filters living in the address. */
@BrowserTest
class ScorecardBrowserIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dakNongIn2024ShowsSipasNinetyBy2025OffTrackAt8121From2023(BrowserSession browser) {
        Page page = browser.open("/provinces/67?year=2024");
        Locator row = page.locator("tr[data-target-id='" + sipas2025TargetId(jdbc) + "']");

        PlaywrightAssertions.assertThat(row.locator(".indicator-link"))
                .hasText("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)");
        PlaywrightAssertions.assertThat(row.locator(".threshold")).hasText("≥ 90%");
        PlaywrightAssertions.assertThat(row.locator(".deadline")).hasText("đến năm 2025");
        PlaywrightAssertions.assertThat(row.locator(".judged")).hasText("81,21%");
        PlaywrightAssertions.assertThat(row.locator(".judged-year")).hasText("(2023)");
        PlaywrightAssertions.assertThat(row.locator(".status-chip")).hasText("↘ Chậm tiến độ");
        PlaywrightAssertions.assertThat(row.locator("progress")).hasAttribute("value", "11");
        PlaywrightAssertions.assertThat(row.locator("svg.sparkline"))
                .hasAttribute("aria-label", "Số liệu: 2022: 80,09%; 2023: 81,21%");
        PlaywrightAssertions.assertThat(row.locator(".explanation")).containsText("chỉ đạt khoảng 83,45%");
        PlaywrightAssertions.assertThat(page.locator("#status-counts [data-status=OFF_TRACK] strong"))
                .hasText("2"); // two SIPAS goals, each set twice (issue 13)
        browser.screenshot(page, "scorecard-desktop");
    }

    @Test
    void aStatusChipShowsOnlyThoseTargetsAndTheLinkCanBeShared(BrowserSession browser) {
        Page page = browser.open("/provinces/67?year=2024");

        page.locator("#status-counts [data-status=OFF_TRACK]").click();

        page.waitForURL(Pattern.compile("/provinces/67\\?year=2024&status=OFF_TRACK$"));
        PlaywrightAssertions.assertThat(page.locator("tr[data-target-id]")).hasCount(2);
        PlaywrightAssertions.assertThat(page.locator("#f-status")).hasValue("OFF_TRACK");
        String shared = page.url();

        Page other = browser.newPage(BrowserSession.DESKTOP_WIDTH, BrowserSession.DESKTOP_HEIGHT, false);
        other.navigate(shared);
        PlaywrightAssertions.assertThat(other.locator("tr[data-target-id]")).hasCount(2);
        assertThat(other.locator("tr[data-target-id]").evaluateAll("rows => rows.map(r => r.dataset.status)"))
                .asList()
                .containsOnly("OFF_TRACK");
    }

    @Test
    void choosingAFilterReloadsWithOnlyTheChosenFiltersInTheAddress(BrowserSession browser) {
        Page page = browser.open("/provinces/67?year=2024");

        page.locator("#f-area").selectOption("DIGITAL_GOVERNMENT");
        page.waitForURL(Pattern.compile("/provinces/67\\?year=2024&area=DIGITAL_GOVERNMENT$"));
        PlaywrightAssertions.assertThat(page.locator("tr[data-target-id]")).hasCount(11);
        PlaywrightAssertions.assertThat(page.locator("section.area-group")).hasCount(1);

        page.locator("#f-sort").selectOption("deadline");
        page.waitForURL(Pattern.compile("/provinces/67\\?year=2024&area=DIGITAL_GOVERNMENT&sort=deadline$"));
        PlaywrightAssertions.assertThat(page.locator("#shown-count"))
                .hasText("Đang hiển thị 11 trên 31 chỉ tiêu."); // goals, each once (issue 13)

        page.locator("#reset-filters").click();
        page.waitForURL(Pattern.compile("/provinces/67\\?year=2024$"));
        PlaywrightAssertions.assertThat(page.locator("tr[data-target-id]")).hasCount(31);
    }

    @Test
    void sortingByStatusPutsTheMostWorryingFirst(BrowserSession browser) {
        Page page = browser.open("/provinces/67?year=2024&area=DIRECTION");

        page.locator("#f-sort").selectOption("status");

        page.waitForURL(Pattern.compile("/provinces/67\\?year=2024&area=DIRECTION&sort=status$"));
        assertThat(page.locator("tr[data-target-id]").evaluateAll("rows => rows.map(r => r.dataset.status)"))
                .asList()
                .startsWith("OFF_TRACK", "OFF_TRACK", "AT_RISK", "NO_DATA", "MET"); // 20-NQ/TU, then the 2024 report
    }

    @Test
    void englishChangesTheLabelsAndTheNumberFormat(BrowserSession browser) {
        Page page = browser.open("/provinces/67?year=2024&lang=en");
        Locator row = page.locator("tr[data-target-id='" + sipas2025TargetId(jdbc) + "']");

        PlaywrightAssertions.assertThat(row.locator(".status-chip")).hasText("↘ Off track");
        PlaywrightAssertions.assertThat(row.locator(".judged")).hasText("81.21%");
        PlaywrightAssertions.assertThat(row.locator(".deadline")).hasText("by 2025");
        PlaywrightAssertions.assertThat(page.locator("#targets-heading")).hasText("Targets in 2024");
    }

    @Test
    void fitsAPhoneWithoutScrollingSideways(BrowserSession browser) {
        Page page = browser.openOnPhone("/provinces/67?year=2024");

        BrowserSession.assertNoHorizontalScroll(page);
        PlaywrightAssertions.assertThat(page.locator("tr[data-target-id='" + sipas2025TargetId(jdbc) + "'] .judged"))
                .isVisible();
        browser.screenshot(page, "scorecard-phone");
    }

    @Test
    void aProvinceWithoutDocumentsStillShowsItsHistory(BrowserSession browser) {
        Page page = browser.open("/provinces/68?year=2024");

        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Tỉnh Lâm Đồng");
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("Chưa có văn bản nào được ghi nhận.");
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("Đắk Nông");
        BrowserSession.assertNoHorizontalScroll(page);
    }
}
