package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.BrowserSession;
import vn.cchc.tracker.testing.BrowserTest;
import vn.cchc.tracker.testing.ShippedData;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Every page a person visits, checked by axe-core in Chromium against WCAG 2.1 A and AA: no violation at all, in
 * Vietnamese and English, signed in and not, on a desktop and (where tables scroll sideways) on a phone.
 */
@BrowserTest
class AccessibilityBrowserIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    JdbcTemplate jdbc;

    /** The pages a reader sees without signing in. */
    private List<String> publicPages() {
        long document = ShippedData.documentId(jdbc, ShippedData.DAK_NONG_RESOLUTION);
        return List.of(
                "/?year=2024",
                "/provinces?year=2024",
                "/provinces/67?year=2024",
                "/provinces/46?year=2024",
                "/targets/" + ShippedData.sipas2025TargetId(jdbc) + "?year=2024",
                "/documents/" + document + "?year=2024",
                "/compare?year=2024",
                "/compare?indicator=PCI_SCORE&year=2020",
                "/compare?indicator=PAR_INDEX_RANK&year=2024",
                "/sources",
                "/provinces/sources",
                "/indicators",
                "/login",
                "/login?error",
                "/no-such-page",
                "/provinces/99?year=2024");
    }

    @Test
    void publicPagesHaveNoViolationInVietnamese(BrowserSession browser) {
        assertNoViolations(browser, browser.page(), publicPages());
    }

    @Test
    void publicPagesHaveNoViolationInEnglish(BrowserSession browser) {
        Page page = browser.open("/?lang=en"); // the language is kept in a cookie from here on
        assertNoViolations(browser, page, publicPages());
    }

    @Test
    void pagesOfAnEditorHaveNoViolation(BrowserSession browser) {
        Page page = browser.logIn(TestAccounts.EDITOR_DAK_NONG, TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD);
        long document = ShippedData.documentId(jdbc, ShippedData.DAK_NONG_RESOLUTION);
        long target = ShippedData.sipas2025TargetId(jdbc);
        assertNoViolations(
                browser,
                page,
                List.of(
                        "/?year=2024",
                        "/provinces/67?year=2024",
                        "/provinces/67/results/2024",
                        "/import",
                        "/account/password",
                        "/documents/" + document + "/edit",
                        "/documents/" + document + "/targets/new",
                        "/targets/" + target + "/edit",
                        "/targets/" + target + "/history",
                        "/compare?year=2024",
                        "/admin/accounts", // refused: the 403 page
                        "/provinces/67/results/2024?lang=en",
                        "/import?lang=en"));
    }

    @Test
    void pagesOfAnAdminHaveNoViolation(BrowserSession browser) {
        Page page = browser.logIn(TestAccounts.ADMIN, TestAccounts.ADMIN_DEMO_PASSWORD);
        assertNoViolations(
                browser,
                page,
                List.of(
                        "/admin/accounts",
                        "/admin/accounts/new",
                        "/admin/audit",
                        "/admin/restore",
                        "/results",
                        "/?year=2024&lang=en",
                        "/admin/accounts?lang=en",
                        "/admin/audit?lang=en"));
    }

    @Test
    void pagesWithWideTablesHaveNoViolationOnAPhone(BrowserSession browser) {
        long document = ShippedData.documentId(jdbc, ShippedData.DAK_NONG_RESOLUTION);
        Page phone = browser.openOnPhone("/?year=2024");
        assertNoViolations(
                browser,
                phone,
                List.of(
                        "/?year=2024",
                        "/documents/" + document + "?year=2024",
                        "/compare?year=2024",
                        "/provinces/67?year=2024",
                        "/targets/" + ShippedData.sipas2025TargetId(jdbc) + "?year=2024",
                        "/indicators"));
    }

    private static void assertNoViolations(BrowserSession browser, Page page, List<String> paths) {
        List<String> found = new ArrayList<>();
        for (String path : paths) {
            browser.navigate(page, path);
            AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
            for (Rule rule : results.getViolations()) {
                found.add(path + ": " + rule.getId() + " (" + rule.getImpact() + ") on "
                        + rule.getNodes().stream()
                                .limit(5)
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")));
            }
        }
        assertThat(found).as("axe-core violations of WCAG 2.1 A/AA").isEmpty();
    }
}
