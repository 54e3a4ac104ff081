package vn.cchc.tracker.testing;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An installation of an earlier version, in a schema of its own on the run's database: migrate it to a version, record
 * what people would have recorded, then upgrade it with every migration (the shipped data included) and check.
 */
public final class UpgradeSchema {

    private final TestDatabase db;
    private final String schema;
    private final JdbcTemplate jdbc;

    private UpgradeSchema(TestDatabase db, String schema) {
        this.db = db;
        this.schema = schema;
        DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.user(), db.password());
        dataSource.setSchema(schema);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The schema, emptied of what an earlier run left. */
    public static UpgradeSchema fresh(String schema) {
        UpgradeSchema upgrade = new UpgradeSchema(TestDatabase.get(), schema);
        upgrade.jdbc.execute("drop schema if exists " + schema + " cascade");
        return upgrade;
    }

    /** Statements run in the schema. */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Migrates up to and including that version, as an installation of that day had it. */
    public void migrateTo(String version) {
        flyway().target(version).load().migrate();
    }

    /** Applies every migration the application ships. */
    public void upgrade() {
        flyway().load().migrate();
    }

    private FluentConfiguration flyway() {
        return Flyway.configure()
                .dataSource(db.url(), db.user(), db.password())
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/shipped");
    }
}
