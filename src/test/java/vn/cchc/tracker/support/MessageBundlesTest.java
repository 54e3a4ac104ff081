package vn.cchc.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.document.DocumentKind;
import vn.cchc.tracker.indicator.Direction;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.province.ProvinceKind;
import vn.cchc.tracker.target.Comparison;
import vn.cchc.tracker.testing.UnitTest;

/** Both languages say everything the pages need: same keys, no blanks, every key a template names exists. */
@UnitTest
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** {@code #{some.key}} or {@code #{some.key(args)}}; keys built at run time ({@code #{'a.' + ${b}}}) don't match. */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)\\s*[}(]");

    private final Properties vi = load("messages_vi.properties");
    private final Properties en = load("messages_en.properties");

    @Test
    void vietnameseAndEnglishHaveExactlyTheSameKeys() {
        assertThat(vi).isNotEmpty();
        assertThat(vi.stringPropertyNames()).as("keys only in Vietnamese").isSubsetOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys only in English").isSubsetOf(vi.stringPropertyNames());
    }

    @Test
    void noMessageIsBlank() {
        assertThat(blankKeys(vi)).as("blank Vietnamese messages").isEmpty();
        assertThat(blankKeys(en)).as("blank English messages").isEmpty();
    }

    @Test
    void bundlesAreReadAsUtf8() {
        assertThat(vi.getProperty("nav.provinces")).isEqualTo("Tỉnh, thành phố");
        assertThat(vi.getProperty("province.kind.CITY")).isEqualTo("Thành phố");
        assertThat(vi.getProperty("error.province.notFound")).isEqualTo("Không có tỉnh, thành phố nào mang mã “{0}”.");
        assertThat(en.getProperty("nav.indicators")).isEqualTo("Indicator catalogue");
    }

    @Test
    void everyKeyATemplateNamesExistsInBothLanguages() {
        Map<String, Set<String>> keysByTemplate = literalKeysInTemplates();
        assertThat(keysByTemplate).as("templates scanned").containsKeys("layout.html", "documents/detail.html");
        assertThat(keysByTemplate.values().stream().mapToInt(Set::size).sum())
                .as("keys found")
                .isGreaterThan(30);

        keysByTemplate.forEach((template, keys) -> {
            assertThat(vi.stringPropertyNames())
                    .as("Vietnamese keys used by %s", template)
                    .containsAll(keys);
            assertThat(en.stringPropertyNames())
                    .as("English keys used by %s", template)
                    .containsAll(keys);
        });
    }

    @Test
    void everyEnumValueATemplateTurnsIntoAKeyHasAMessage() {
        Map<String, Enum<?>[]> enumsByPrefix = Map.of(
                "document.kind.", DocumentKind.values(),
                "province.kind.", ProvinceKind.values(),
                "indicator.unit.", UnitKind.values(),
                "indicator.direction.", Direction.values(),
                "comparison.", Comparison.values(),
                "attainment.status.", AttainmentStatus.values());
        Set<String> used = dynamicPrefixesInTemplates();
        assertThat(used).as("key prefixes built from enums in templates").contains("document.kind.", "province.kind.");

        used.stream().filter(enumsByPrefix::containsKey).forEach(prefix -> {
            for (Enum<?> value : enumsByPrefix.get(prefix)) {
                assertThat(vi.getProperty(prefix + value.name()))
                        .as("vi %s%s", prefix, value)
                        .isNotBlank();
                assertThat(en.getProperty(prefix + value.name()))
                        .as("en %s%s", prefix, value)
                        .isNotBlank();
            }
        });
    }

    /** The constant part of keys built at run time, e.g. "document.kind." from {@code #{'document.kind.' + ${d.kind}}}. */
    private static Set<String> dynamicPrefixesInTemplates() {
        Pattern dynamic = Pattern.compile("#\\{'([A-Za-z][A-Za-z0-9_.]*\\.)'\\s*\\+");
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            files.filter(f -> f.toString().endsWith(".html")).forEach(f -> {
                Matcher m = dynamic.matcher(read(f));
                while (m.find()) {
                    prefixes.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prefixes;
    }

    private static Map<String, Set<String>> literalKeysInTemplates() {
        Map<String, Set<String>> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            files.filter(f -> f.toString().endsWith(".html")).forEach(f -> {
                Matcher m = LITERAL_KEY.matcher(read(f));
                Set<String> found = new TreeSet<>();
                while (m.find()) {
                    found.add(m.group(1));
                }
                keys.put(TEMPLATES.relativize(f).toString().replace('\\', '/'), found);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static Set<String> blankKeys(Properties bundle) {
        Set<String> blank = new TreeSet<>();
        bundle.stringPropertyNames().forEach(k -> {
            if (bundle.getProperty(k).isBlank()) {
                blank.add(k);
            }
        });
        return blank;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
