package vn.cchc.tracker.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place tests get PostgreSQL from, in this order: {@code TEST_PG_URL} (+ {@code TEST_PG_USER},
 * {@code TEST_PG_PASSWORD}); Testcontainers when a Docker engine answers; the local server on
 * localhost:5432. Each run gets a throwaway database that is dropped when the JVM exits.
 */
public final class TestDatabase {

    private static final String PREFIX = "cchc_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String LOCAL_URL = "jdbc:postgresql://localhost:5432/postgres";

    private static TestDatabase instance;

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = provision();
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static TestDatabase provision() {
        String explicitUrl = System.getenv("TEST_PG_URL");
        if (explicitUrl != null && !explicitUrl.isBlank()) {
            return throwawayOn(explicitUrl, env("TEST_PG_USER", "postgres"), env("TEST_PG_PASSWORD", ""));
        }
        List<String> tried = new ArrayList<>();
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return throwawayOn(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        tried.add("Docker: no engine answered");
        try {
            return throwawayOn(LOCAL_URL, env("PGUSER", "postgres"), env("PGPASSWORD", "postgres"));
        } catch (IllegalStateException e) {
            tried.add("localhost:5432: " + e.getCause().getMessage());
        }
        throw new IllegalStateException("""
                No PostgreSQL for the tests (%s).
                Get one in any of these ways:
                  - start a local server on localhost:5432 that lets user 'postgres' create databases
                    (Debian/Ubuntu: sudo apt-get install postgresql && sudo pg_ctlcluster 15 main start), or
                  - start Docker, so Testcontainers can run postgres:16-alpine, or
                  - export TEST_PG_URL=jdbc:postgresql://host:5432/postgres TEST_PG_USER=… TEST_PG_PASSWORD=…""".formatted(String.join("; ", tried)));
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    private static TestDatabase throwawayOn(String adminUrl, String user, String password) {
        String name = PREFIX + LocalDateTime.now().format(STAMP) + "_"
                + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                Statement st = admin.createStatement()) {
            dropAbandoned(admin);
            st.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database through " + adminUrl, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, user, password, name)));
        return new TestDatabase(withDatabase(adminUrl, name), user, password);
    }

    /** Removes databases left by runs that were killed before their shutdown hook ran (older than a day). */
    private static void dropAbandoned(Connection admin) throws SQLException {
        String dayAgo = LocalDateTime.now().minusDays(1).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (Statement st = admin.createStatement();
                ResultSet rs =
                        st.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (rs.next()) {
                String db = rs.getString(1);
                String stamp = db.substring(PREFIX.length()).split("_")[0];
                if (stamp.compareTo(dayAgo) < 0) {
                    stale.add(db);
                }
            }
        }
        for (String db : stale) {
            try (Statement st = admin.createStatement()) {
                st.execute("drop database if exists " + db + " with (force)");
            }
        }
    }

    private static void drop(String adminUrl, String user, String password, String name) {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    /** Replaces the database name of a JDBC URL, keeping host, port and parameters. */
    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
