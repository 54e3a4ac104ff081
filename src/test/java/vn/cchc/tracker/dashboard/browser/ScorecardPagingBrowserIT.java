package vn.cchc.tracker.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Media;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.dashboard.ManyGoals;
import vn.cchc.tracker.testing.BrowserSession;
import vn.cchc.tracker.testing.BrowserTest;

/**
 * A scorecard with more goals than one page (the old Lâm Đồng given 105 goals, removed after each test): a reader
 * pages through them by visible links, and jumps to a reform area from the area index.
 */
@BrowserTest
class ScorecardPagingBrowserIT {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void addGoals() {
        ManyGoals.add(jdbc);
    }

    @AfterEach
    void removeGoals() {
        ManyGoals.remove(jdbc);
    }

    @Test
    void aReaderPagesThroughAHundredAndFiveGoalsByTheLinksUnderTheList(BrowserSession browser) {
        Page page = browser.open("/provinces/68?year=2024");

        PlaywrightAssertions.assertThat(page.locator("#shown-count")).hasText("Chỉ tiêu 1–50 trên 105.");
        PlaywrightAssertions.assertThat(page.locator("tr[data-target-id]")).hasCount(50);
        browser.screenshot(page, "scorecard-paged");

        page.locator("#pager-bottom").getByText("Trang sau ›").click();
        page.waitForURL(Pattern.compile("/provinces/68\\?year=2024&page=2$"));
        PlaywrightAssertions.assertThat(page.locator("#shown-count")).hasText("Chỉ tiêu 51–100 trên 105.");
        PlaywrightAssertions.assertThat(page.locator("tr[data-target-id]")).hasCount(50);
        PlaywrightAssertions.assertThat(page.locator("#pager-top [aria-current=page]"))
                .hasText("2");

        page.locator("#pager-top")
                .getByText("3", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
        page.waitForURL(Pattern.compile("/provinces/68\\?year=2024&page=3$"));
        PlaywrightAssertions.assertThat(page.locator("tr[data-target-id]")).hasCount(5);
        PlaywrightAssertions.assertThat(page.locator("section.area-group .continued"))
                .hasText("(tiếp theo)");
        assertThat(axeViolations(page)).as("axe-core WCAG 2.1 A/AA on page 3").isEmpty();

        // the area index leads to the page an area starts on, at its heading
        page.locator("#area-index a").first().click();
        page.waitForURL(Pattern.compile("/provinces/68\\?year=2024#area-DIRECTION$"));
        PlaywrightAssertions.assertThat(page.locator("#area-DIRECTION")).isInViewport();
        assertThat(axeViolations(page)).as("axe-core WCAG 2.1 A/AA on page 1").isEmpty();
    }

    @Test
    void thePageLinksAreNotPrintedAndAPhoneDoesNotScrollSideways(BrowserSession browser) {
        Page page = browser.openOnPhone("/provinces/68?year=2024&page=2&lang=en");

        PlaywrightAssertions.assertThat(page.locator("#shown-count")).hasText("Goals 51–100 of 105.");
        PlaywrightAssertions.assertThat(page.locator("#pager-bottom")).isVisible();
        BrowserSession.assertNoHorizontalScroll(page);
        browser.screenshot(page, "scorecard-paged-phone");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        PlaywrightAssertions.assertThat(page.locator("#pager-bottom")).isHidden();
        PlaywrightAssertions.assertThat(page.locator("#area-index")).isHidden();
        PlaywrightAssertions.assertThat(page.locator("#shown-count")).isVisible(); // says which goals are printed
    }

    private static List<String> axeViolations(Page page) {
        return new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations().stream()
                        .map(Rule::getId)
                        .toList();
    }
}
