package vn.cchc.tracker.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the application at the run's throwaway PostgreSQL database. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    DynamicPropertyRegistrar testDatabaseProperties() {
        return registry -> {
            TestDatabase db = TestDatabase.get();
            registry.add("spring.datasource.url", db::url);
            registry.add("spring.datasource.username", db::user);
            registry.add("spring.datasource.password", db::password);
            // every cached test context keeps its own pool open: small pools keep a run (or several worktrees
            // testing at once against one server) under PostgreSQL's max_connections
            registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
            registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
        };
    }
}
