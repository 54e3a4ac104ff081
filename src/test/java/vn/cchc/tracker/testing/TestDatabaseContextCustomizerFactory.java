package vn.cchc.tracker.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every test context that imports {@link TestDatabaseConfiguration} at the run's throwaway database,
 * ahead of application.yml and before any bean is created. Registered in META-INF/spring.factories.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).stream(
                        Import.class)
                .anyMatch(i -> Arrays.asList(i.getClassArray("value")).contains(TestDatabaseConfiguration.class));
        return wanted ? new TestDatabaseCustomizer() : null;
    }

    /** Equal to every other instance, so contexts that differ in nothing else are still cached and shared. */
    private record TestDatabaseCustomizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabase db = TestDatabase.get();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "testDatabase",
                            Map.of(
                                    "spring.datasource.url", db.url(),
                                    "spring.datasource.username", db.user(),
                                    "spring.datasource.password", db.password())));
            // every cached test context keeps its own pool open: small pools keep a run (or several builds at once
            // against one server) under PostgreSQL's max_connections; a test may still ask for more
            context.getEnvironment()
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "testDatabasePool",
                            Map.of(
                                    "spring.datasource.hikari.maximum-pool-size", "4",
                                    "spring.datasource.hikari.minimum-idle", "1")));
        }
    }
}
