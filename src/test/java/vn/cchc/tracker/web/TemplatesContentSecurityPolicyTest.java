package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

/**
 * Templates keep to the strict Content-Security-Policy the pages are served with
 * ({@code script-src 'self'; style-src 'self'}): no inline style, no event handler attribute, no inline script
 * (JSON data blocks are data, not script, and allowed).
 */
@UnitTest
class TemplatesContentSecurityPolicyTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STYLE =
            Pattern.compile("\\s(?:th:)?style\\s*=|<style[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\s(?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasAnInlineStyle() {
        assertThat(offences(STYLE)).isEmpty();
    }

    @Test
    void noTemplateHasAnEventHandlerAttribute() {
        assertThat(offences(HANDLER)).isEmpty();
    }

    @Test
    void everyScriptIsAFileOrAJsonDataBlock() {
        List<String> inline = new ArrayList<>();
        forEachTemplate((name, text) -> {
            Matcher m = SCRIPT.matcher(text);
            while (m.find()) {
                String attributes = m.group(1);
                boolean file = attributes.matches("(?s).*\\s(th:)?src\\s*=.*");
                boolean data = attributes.contains("type=\"application/json\"");
                if (!file && !data) {
                    inline.add(name + ": " + m.group());
                }
            }
        });
        assertThat(inline).isEmpty();
    }

    @Test
    void theScanSeesTheTemplates() {
        List<String> names = new ArrayList<>();
        forEachTemplate((name, text) -> names.add(name));
        assertThat(names).contains("layout.html", "dashboard/overview.html", "dashboard/compare.html");
        assertThat(STYLE.matcher("<div style=\"width: 3%\">").find()).isTrue();
        assertThat(HANDLER.matcher("<button onclick=\"go()\">").find()).isTrue();
    }

    private static List<String> offences(Pattern pattern) {
        List<String> found = new ArrayList<>();
        forEachTemplate((name, text) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(name + ": "
                        + text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)));
            }
        });
        return found;
    }

    private static void forEachTemplate(java.util.function.BiConsumer<String, String> action) {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            // reports/ are rendered to PDF on the server and never served as pages, so the CSP does not apply
            files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.startsWith(TEMPLATES.resolve("reports")))
                    .sorted()
                    .forEach(f -> {
                        try {
                            action.accept(
                                    TEMPLATES.relativize(f).toString().replace('\\', '/'),
                                    Files.readString(f, StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
