package vn.cchc.tracker.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.CchcTrackerApplication;
import vn.cchc.tracker.testing.TestDatabase;

/**
 * A second application on its own schema of the run's database, without shipped data: what the restore tests restore
 * into. Started once for all of them (it stops with the JVM); {@link #empty()} takes it back to no documents, targets
 * or results before each test.
 */
public final class EmptyInstallation {

    static final String SCHEMA = "cchc_roundtrip";

    private static ConfigurableApplicationContext context;

    private EmptyInstallation() {}

    public static synchronized ConfigurableApplicationContext get() {
        if (context == null) {
            TestDatabase db = TestDatabase.get();
            // command-line arguments outrank application.yml, so the second application really uses its own schema;
            // it is a whole web application (security and MVC configuration need one) on a random free port
            context = new SpringApplicationBuilder(CchcTrackerApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + db.url(),
                            "--spring.datasource.username=" + db.user(),
                            "--spring.datasource.password=" + db.password(),
                            "--spring.datasource.hikari.maximum-pool-size=2",
                            "--cchc.shipped-data.enabled=false",
                            "--spring.flyway.schemas=" + SCHEMA,
                            "--spring.flyway.default-schema=" + SCHEMA,
                            "--spring.datasource.hikari.schema=" + SCHEMA,
                            "--spring.jpa.properties.hibernate.default_schema=" + SCHEMA,
                            "--spring.main.banner-mode=off");
        }
        return context;
    }

    /** No documents, targets or results, and none of the units and indicators the national-data tests create. */
    public static void empty() {
        JdbcTemplate jdbc = get().getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
        jdbc.update("delete from provisional_measurement");
        jdbc.update("delete from measurement");
        jdbc.update("delete from target");
        jdbc.update("delete from document");
        jdbc.update("delete from indicator where code like 'RT\\_%'");
        jdbc.update("update province set successor_id = null where code in ('901', '902', '903')");
        jdbc.update("delete from province where code in ('901', '902', '903')");
    }

    /** The restore service of the empty installation. */
    public static FullDataRestoreService restore() {
        return get().getBean(FullDataRestoreService.class);
    }
}
