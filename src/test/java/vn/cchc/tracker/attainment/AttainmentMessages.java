package vn.cchc.tracker.attainment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.context.support.StaticMessageSource;

/** The application's real message bundles, read as UTF-8 (as Spring Boot does), for tests without a container. */
final class AttainmentMessages {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale EN = Locale.ENGLISH;

    private AttainmentMessages() {}

    /** The {@code attainment.*} entries of {@code messages_<language>.properties}. */
    static Map<String, String> attainmentEntries(String language) {
        Properties properties = new Properties();
        String resource = "messages_" + language + ".properties";
        try (InputStream in = AttainmentMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> entries = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("attainment.")) {
                entries.put(key, properties.getProperty(key));
            }
        }
        return entries;
    }

    /** A plain {@link StaticMessageSource} holding the attainment templates of both languages. */
    static StaticMessageSource source() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessages(attainmentEntries("vi"), VI);
        source.addMessages(attainmentEntries("en"), EN);
        return source;
    }
}
