package vn.cchc.tracker.dashboard.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.BrowserSession;
import vn.cchc.tracker.testing.BrowserTest;

/** A province page's history, told both ways, as a reader sees it in Chromium; and a code read in its year. */
@BrowserTest
class ProvinceHistoryBrowserIT {

    @Test
    void lamDongSaysWhatItWasFormedFromAndDakNongWhereItWent(BrowserSession browser) {
        Page lamDong = browser.open("/provinces/68?year=2026");

        PlaywrightAssertions.assertThat(lamDong.locator("#unit-history [data-history=FORMED]"))
                .containsText("Lâm Đồng (68) từ 01/07/2025, hình thành từ Lâm Đồng, Đắk Nông và Bình Thuận");
        PlaywrightAssertions.assertThat(
                        lamDong.locator("#unit-history [data-history=FORMED] a[href='/provinces/sources#S2']"))
                .hasText("S2");
        browser.screenshot(lamDong, "province-history-lam-dong");

        lamDong.locator("#unit-history [data-history=FORMED] a", new Page.LocatorOptions().setHasText("Đắk Nông"))
                .click();
        lamDong.waitForURL(Pattern.compile("/provinces/67\\?year=2025$"));
        PlaywrightAssertions.assertThat(lamDong.locator("#unit-history [data-history=NOW_PART_OF]"))
                .containsText("Đắk Nông đến 30/06/2025, nay thuộc Lâm Đồng (68)");
    }

    @Test
    void hueSaysThuaThienHueBecameTheCity(BrowserSession browser) {
        Page hue = browser.open("/provinces/46?year=2026");

        PlaywrightAssertions.assertThat(hue.locator("#unit-history [data-history=BECAME]"))
                .containsText("Thừa Thiên Huế (tỉnh) đến 31/12/2024, nay là Thành phố Huế");
        PlaywrightAssertions.assertThat(hue.locator("h1")).hasText("Thành phố Huế");
    }

    @Test
    void code52IsBinhDinhIn2024AndGiaLaiIn2026EachLinkingToTheOther(BrowserSession browser) {
        Page page = browser.open("/provinces/52?year=2024");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Tỉnh Bình Định");

        page.locator("#unit-history [data-history=FORMED] a", new Page.LocatorOptions().setHasText("Xem"))
                .click();
        page.waitForURL(Pattern.compile("/provinces/52$"));
        page.navigate(page.url() + "?year=2026");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Tỉnh Gia Lai");
        PlaywrightAssertions.assertThat(page.locator("#unit-history [data-history=NOW_PART_OF]"))
                .containsText("Bình Định đến 30/06/2025, nay thuộc Gia Lai (52)");
        browser.screenshot(page, "province-history-gia-lai");
    }
}
