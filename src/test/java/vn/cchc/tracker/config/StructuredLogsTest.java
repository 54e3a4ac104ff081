package vn.cchc.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import vn.cchc.tracker.testing.UnitTest;

/**
 * {@code CCHC_LOG_FORMAT} switches the console to Spring Boot's structured JSON logs through application.yml; without
 * it the console keeps its readable lines. Encoded by a logger context of the test's own, so the run's logging is
 * untouched.
 */
@UnitTest
class StructuredLogsTest {

    private static final String FORMAT = "logging.structured.format.console";

    @Test
    void withoutTheVariableTheConsoleIsNotStructured() throws Exception {
        assertThat(environment(Map.of()).getProperty(FORMAT)).isEmpty();
    }

    @Test
    void ecsWritesOneJsonObjectPerLineNamingTheService() throws Exception {
        StandardEnvironment environment = environment(Map.of("CCHC_LOG_FORMAT", "ecs"));
        assertThat(environment.getProperty(FORMAT)).isEqualTo("ecs");

        String line = encode(environment, "uploads purged");

        assertThat(line)
                .startsWith("{")
                .endsWith("}\n")
                .contains("\"log\":{\"level\":\"INFO\"")
                .contains("\"message\":\"uploads purged\"")
                .contains("\"service\":{\"name\":\"cchc-tracker\"")
                .contains("\"ecs\":{\"version\":");
    }

    @Test
    void logstashIsOfferedToo() throws Exception {
        String line = encode(environment(Map.of("CCHC_LOG_FORMAT", "logstash")), "uploads purged");

        assertThat(line).contains("\"@timestamp\":").contains("\"message\":\"uploads purged\"");
    }

    private static StandardEnvironment environment(Map<String, Object> variables) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource("variables", variables));
        new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return environment;
    }

    private static String encode(Environment environment, String message) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(environment.getProperty(FORMAT));
        encoder.start();
        try {
            LoggingEvent event = new LoggingEvent(
                    StructuredLogsTest.class.getName(),
                    context.getLogger("vn.cchc.tracker"),
                    Level.INFO,
                    message,
                    null,
                    null);
            return new String(encoder.encode(event), StandardCharsets.UTF_8);
        } finally {
            encoder.stop();
            context.stop();
        }
    }
}
