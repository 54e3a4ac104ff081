package vn.cchc.tracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The browser test base itself: fixed clock, strict policy really enforced, phone size, screenshots. */
@BrowserTest
class BrowserSessionBrowserIT {

    @Test
    void pagesOpenOnTheYearOfTheTestClockNotOfToday(BrowserSession browser) {
        Page page = browser.open("/");

        assertThat(page.locator("#year").inputValue()).isEqualTo(String.valueOf(TestClockConfiguration.DEFAULT_YEAR));
    }

    @Test
    void anInlineScriptIsRefusedAndReported(BrowserSession browser) {
        Page page = browser.open("/indicators");

        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.ran = true';"
                + " document.body.appendChild(s); document.body.setAttribute('style', 'color: red'); }");
        page.waitForTimeout(100); // console messages arrive asynchronously

        assertThat(page.evaluate("() => window.ran === true")).isEqualTo(false);
        assertThat(browser.takeProblems()).isNotEmpty().anySatisfy(p -> assertThat(p)
                .contains("Content Security Policy"));
    }

    @Test
    void aPhonePageIs375PixelsWide(BrowserSession browser) {
        Page page = browser.openOnPhone("/indicators");

        assertThat(page.evaluate("() => window.innerWidth")).isEqualTo(BrowserSession.PHONE_WIDTH);
        assertThat(BrowserSession.horizontalOverflow(page)).isLessThanOrEqualTo(0);
    }

    @Test
    void screenshotsGoUnderTarget(BrowserSession browser) throws Exception {
        Path file = browser.screenshot(browser.open("/indicators"), "browser-session-self-test");

        assertThat(file).startsWith(Path.of("target", "screenshots"));
        assertThat(Files.size(file)).isPositive();
        Files.delete(file);
    }
}
