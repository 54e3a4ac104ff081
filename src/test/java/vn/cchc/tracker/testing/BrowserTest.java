package vn.cchc.tracker.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on the run's PostgreSQL with the shipped data and a fixed clock
 * ({@link TestClockConfiguration}: today is 15/6/2024, so pages open on 2024), driven by a real Chromium.
 * <p>
 * Test methods take a {@link BrowserSession} parameter: it opens pages (desktop 1280 px or phone 375 px wide),
 * saves screenshots under {@code target/screenshots/}, and fails the test if a page broke the strict
 * Content-Security-Policy or threw a script error. One Chromium serves a whole test class; every test gets fresh
 * browser contexts (no cookies carried over).
 * <p>
 * Name classes {@code *BrowserIT}: failsafe runs them in {@code ./mvnw verify}. Chromium is the system one
 * ({@code /usr/bin/chromium} or {@code $CHROMIUM_PATH}) or, failing that, Playwright's own
 * (install it once with {@code ./mvnw exec:java -e -Dexec.classpathScope=test
 * -Dexec.mainClass=com.microsoft.playwright.CLI -Dexec.args="install chromium"}).
 * <pre>
 * &#64;BrowserTest
 * class SomethingBrowserIT {
 *     &#64;Test
 *     void showsIt(BrowserSession browser) {
 *         Page page = browser.open("/provinces/67?year=2024");
 *         assertThat(page.locator("h1")).containsText("Đắk Nông");
 *         browser.screenshot(page, "scorecard");
 *     }
 * }
 * </pre>
 * Tests that write data must remove it again: every test class of the run shares one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestDatabaseConfiguration.class, TestClockConfiguration.class})
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {}
