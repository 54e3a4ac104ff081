package vn.cchc.tracker.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Fixes "today" for the whole application (the evaluation year pages default to comes from the {@link Clock}), so a
 * test never depends on the date it runs. Today is {@value #DEFAULT_TODAY} unless the test class sets
 * {@code cchc.test.today}, e.g. {@code @TestPropertySource(properties = "cchc.test.today=2026-01-10")}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    public static final String DEFAULT_TODAY = "2024-06-15";
    /** The evaluation year pages open on under the default clock. */
    public static final int DEFAULT_YEAR = 2024;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @Primary
    Clock fixedTestClock(@Value("${cchc.test.today:" + DEFAULT_TODAY + "}") String today) {
        return Clock.fixed(LocalDate.parse(today).atTime(10, 0).atZone(VIETNAM).toInstant(), VIETNAM);
    }
}
