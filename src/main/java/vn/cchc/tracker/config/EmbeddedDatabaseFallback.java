package vn.cchc.tracker.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A first run on a machine with Java but no PostgreSQL: when nothing answers at the configured database and that
 * database is on this machine, start an embedded PostgreSQL (zonky's binaries) whose data stays under
 * {@code ~/.cchc-tracker/pgdata}, and say so in the log. Never with the {@code prod} profile, never for a database on
 * another host (a server that is down must not be replaced by an empty local one), and not as root, where
 * PostgreSQL's initdb refuses to run: then the start stops with a message saying what to do.
 * {@code cchc.embedded-database.enabled=false} turns it off (the tests do).
 */
class EmbeddedDatabaseFallback implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "cchc.embedded-database.enabled";
    static final String DATA_DIRECTORY = "cchc.embedded-database.data-directory";

    /** What to do about the database before the application starts. */
    enum Decision {
        USE_CONFIGURED,
        START_EMBEDDED,
        REFUSE_AS_ROOT
    }

    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private final Log log;

    EmbeddedDatabaseFallback(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDatabaseFallback.class);
    }

    @Override
    public int getOrder() {
        // after application.yml and the profiles' files are read
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        Decision decision = decide(
                Arrays.asList(environment.getActiveProfiles()),
                environment.getProperty(ENABLED, Boolean.class, true),
                url,
                EmbeddedDatabaseFallback::answers,
                isRoot());
        switch (decision) {
            case USE_CONFIGURED -> {}
            case REFUSE_AS_ROOT -> throw new NoDatabaseAsRootException(url);
            case START_EMBEDDED -> start(environment, url);
        }
    }

    /**
     * The rule, without side effects.
     *
     * @param answers whether something accepts a connection at the host and port
     */
    static Decision decide(
            Iterable<String> activeProfiles,
            boolean enabled,
            String url,
            BiPredicate<String, Integer> answers,
            boolean root) {
        for (String profile : activeProfiles) {
            if ("prod".equals(profile)) {
                return Decision.USE_CONFIGURED;
            }
        }
        if (!enabled) {
            return Decision.USE_CONFIGURED;
        }
        HostAndPort address = HostAndPort.of(url);
        if (address == null || !THIS_MACHINE.contains(address.host()) || answers.test(address.host(), address.port())) {
            return Decision.USE_CONFIGURED;
        }
        return root ? Decision.REFUSE_AS_ROOT : Decision.START_EMBEDDED;
    }

    /** Host and port of a {@code jdbc:postgresql://host[:port]/…} URL; null for any other (several hosts, …). */
    record HostAndPort(String host, int port) {

        static HostAndPort of(String url) {
            if (url == null || !url.startsWith("jdbc:postgresql://")) {
                return null;
            }
            try {
                URI uri = URI.create(url.substring("jdbc:".length()));
                if (uri.getHost() == null) {
                    return null;
                }
                return new HostAndPort(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The JDK names the user from the process's effective uid: 0 is root. */
    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void start(ConfigurableEnvironment environment, String configuredUrl) {
        Path data = Path.of(environment.getProperty(
                DATA_DIRECTORY,
                Path.of(System.getProperty("user.home"), ".cchc-tracker", "pgdata")
                        .toString()));
        EmbeddedDatabase database = EmbeddedDatabase.start(data);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "embeddedDatabase",
                        Map.of(
                                "spring.datasource.url", database.jdbcUrl(),
                                "spring.datasource.username", "postgres",
                                "spring.datasource.password", "")));
        log.warn("Nothing answers at " + configuredUrl + ": started an EMBEDDED PostgreSQL for a first run on "
                + database.jdbcUrl() + ", its data kept in " + data + " across restarts. For real use, run a "
                + "PostgreSQL server and point CCHC_DB_URL at it (see README, Set-up).");
    }

    /** Stops the start as root with what to do instead; reported by {@link NoDatabaseFailureAnalyzer}. */
    static class NoDatabaseAsRootException extends RuntimeException {

        NoDatabaseAsRootException(String url) {
            super("Nothing answers at " + url + ", and the embedded PostgreSQL for a first run cannot start as root "
                    + "(PostgreSQL's initdb refuses to run as root).");
        }
    }
}
