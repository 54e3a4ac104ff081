package vn.cchc.tracker.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the shipped four-province data set (documents, targets, measurements) to the migrations.
 * It lives in its own Flyway location so an installation can start empty with
 * {@code cchc.shipped-data.enabled=false}; the schema and the reference catalogue always load.
 */
@Configuration(proxyBeanMethods = false)
public class ShippedDataConfiguration {

    static final String SHIPPED_DATA_LOCATION = "classpath:db/shipped";

    @Bean
    @ConditionalOnBooleanProperty(name = "cchc.shipped-data.enabled", matchIfMissing = true)
    FlywayConfigurationCustomizer shippedDataLocation() {
        return configuration -> {
            List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
            locations.add(new Location(SHIPPED_DATA_LOCATION));
            configuration.locations(locations.toArray(Location[]::new));
        };
    }
}
