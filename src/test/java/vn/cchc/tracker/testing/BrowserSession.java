package vn.cchc.tracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ReducedMotion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One test's view of the application in Chromium (see {@link BrowserTest}). Pages are opened in browser contexts of
 * this session, Vietnamese by default like a new visitor; {@link #close()} closes them all.
 * <p>
 * Every HTML page is served with the strict Content-Security-Policy the product promises ({@link #CSP}), and any
 * violation or uncaught script error is recorded; {@link BrowserExtension} fails the test on them.
 */
public final class BrowserSession implements AutoCloseable {

    /** The policy pages must work under: no inline script or style, nothing from other origins. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; frame-ancestors 'none'";

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;
    public static final int PHONE_WIDTH = 375;
    public static final int PHONE_HEIGHT = 812;
    /** Where {@link #screenshot(Page, String)} writes, relative to the project directory. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private Page desktop;

    BrowserSession(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** The absolute URL of a path on the application, e.g. {@code url("/compare?year=2024")}. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** The desktop page (1280 × 900), opened on first use and kept for the whole test. */
    public Page page() {
        if (desktop == null) {
            desktop = newPage(DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
        }
        return desktop;
    }

    /** Opens a path on the desktop page and waits until it has loaded (scripts included). */
    public Page open(String path) {
        Page page = page();
        navigate(page, path);
        return page;
    }

    /**
     * Logs in through the login form on the desktop page (whose cookies then carry the session) and returns the
     * page, now where the login led.
     */
    public Page logIn(String username, String password) {
        Page page = open("/login");
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        page.waitForURL(url -> !url.endsWith("/login")); // a refused login lands on /login?error
        assertThat(page.url()).as("logged in as %s", username).doesNotContain("/login");
        return page;
    }

    /** Opens a path on a new phone-sized page (375 × 812, touch), in a context of its own. */
    public Page openOnPhone(String path) {
        Page page = newPage(PHONE_WIDTH, PHONE_HEIGHT, true);
        navigate(page, path);
        return page;
    }

    /** A new page of the given size in a fresh context (its own cookies), with motion reduced for stable pictures. */
    public Page newPage(int width, int height, boolean mobile) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setIsMobile(mobile)
                .setHasTouch(mobile)
                .setLocale("vi-VN")
                .setReducedMotion(ReducedMotion.REDUCE));
        contexts.add(context);
        context.route(url -> url.startsWith(baseUrl), this::withContentSecurityPolicy);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                problems.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add(page.url() + ": script error: " + error));
        return page;
    }

    /** Navigates and waits for the load event and for the network to go quiet (charts drawn). */
    public void navigate(Page page, String path) {
        page.navigate(url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** How far the page is wider than its viewport, in CSS pixels (0 when nothing scrolls sideways). */
    public static int horizontalOverflow(Page page) {
        Number overflow = (Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        return overflow.intValue();
    }

    /** Asserts that the page does not scroll sideways (its document is no wider than the viewport). */
    public static void assertNoHorizontalScroll(Page page) {
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number viewport = (Number) page.evaluate("window.innerWidth");
        assertThat(scrollWidth.intValue())
                .as("document width of %s at %s px", page.url(), viewport)
                .isLessThanOrEqualTo(viewport.intValue());
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Content-Security-Policy violations and script errors seen so far. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Returns the problems seen so far and forgets them: for a test that provokes one on purpose. */
    public List<String> takeProblems() {
        List<String> taken = List.copyOf(problems);
        problems.clear();
        return taken;
    }

    void assertNoProblems() {
        assertThat(problems)
                .as("Content-Security-Policy violations and script errors")
                .isEmpty();
    }

    /** Waits until every chart of the page is drawn (after a click that loaded a page with charts). */
    public static void waitForCharts(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        page.waitForFunction("() => [...document.querySelectorAll('canvas[data-chart]')]"
                + ".every(c => window.Chart && window.Chart.getChart(c))");
    }

    @Override
    public void close() {
        for (BrowserContext context : contexts) {
            // let a navigation the test started finish, and stop intercepting, so closing does not race a request
            context.pages().forEach(p -> p.waitForLoadState(LoadState.LOAD));
            context.unrouteAll();
            context.close();
        }
        contexts.clear();
        desktop = null;
    }

    /** Serves HTML with the strict policy, whatever the application sends, so the pages are tested under it. */
    private void withContentSecurityPolicy(Route route) {
        if (!"document".equals(route.request().resourceType())) {
            route.resume();
            return;
        }
        // the browser follows redirects itself: fetching them here would show the target under the old address
        APIResponse response = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
        Map<String, String> headers = new HashMap<>(response.headers());
        headers.keySet().removeIf(h -> h.equalsIgnoreCase("content-security-policy"));
        headers.put("content-security-policy", CSP);
        route.fulfill(new Route.FulfillOptions().setResponse(response).setHeaders(headers));
    }
}
