package vn.cchc.tracker.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless Chromium per test class and hands each test a fresh {@link BrowserSession} on the
 * application's random port; after the test, closes the session and fails the test if a page broke the
 * Content-Security-Policy or threw a script error. Used through {@link BrowserTest}.
 */
public class BrowserExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final List<String> CHROMIUM_FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");
    private static final List<String> SYSTEM_CHROMIUMS =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).getOrComputeIfAbsent(Chromium.class, k -> Chromium.launch(), Chromium.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        BrowserSession.class,
                        k -> {
                            // a method's store falls back to its class's, where beforeAll put the Chromium
                            Browser browser = context.getStore(NAMESPACE)
                                    .get(Chromium.class, Chromium.class)
                                    .browser();
                            String port = SpringExtension.getApplicationContext(context)
                                    .getEnvironment()
                                    .getProperty("local.server.port");
                            return new BrowserSession(browser, "http://localhost:" + port);
                        },
                        BrowserSession.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserSession session = context.getStore(NAMESPACE).remove(BrowserSession.class, BrowserSession.class);
        if (session != null) {
            session.close();
            session.assertNoProblems();
        }
    }

    /** The class's Playwright and Chromium; JUnit closes it (AutoCloseable in a store) when the class is done. */
    record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

        static Chromium launch() {
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            BrowserType.LaunchOptions options =
                    new BrowserType.LaunchOptions().setHeadless(true).setArgs(CHROMIUM_FLAGS);
            Path executable = systemChromium();
            if (executable != null) {
                options.setExecutablePath(executable);
            }
            try {
                return new Chromium(playwright, playwright.chromium().launch(options));
            } catch (RuntimeException e) {
                playwright.close();
                throw new IllegalStateException(
                        "Cannot start Chromium " + (executable == null ? "(Playwright's own)" : executable)
                                + ". Install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH.",
                        e);
            }
        }

        private static Path systemChromium() {
            String configured = System.getenv("CHROMIUM_PATH");
            if (configured != null && !configured.isBlank()) {
                return Path.of(configured);
            }
            return SYSTEM_CHROMIUMS.stream()
                    .map(Path::of)
                    .filter(Files::isExecutable)
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
