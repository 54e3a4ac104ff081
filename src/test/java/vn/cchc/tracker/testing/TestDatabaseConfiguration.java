package vn.cchc.tracker.testing;

import org.springframework.boot.test.context.TestConfiguration;

/**
 * Marks a test context that runs on the run's throwaway PostgreSQL database: {@code @Import} it (the
 * meta-annotations do). The connection properties themselves are set by {@link TestDatabaseContextCustomizerFactory}
 * before any bean exists — servlet filters that need the DataSource (the shared HTTP session) are created before
 * bean-registered dynamic properties would apply.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {}
