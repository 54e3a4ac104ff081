package vn.cchc.tracker.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Silences the named loggers while a deliberate fault is under way, so the failures a passing test provokes on
 * purpose print no stack trace, and puts their levels back afterwards: the rest of the run, and these loggers in
 * every other test, still log what goes wrong.
 *
 * <pre>{@code try (var quiet = QuietLoggers.silence(QuietLoggers.DATABASE_OUTAGE)) { proxy.cut(); ... }}</pre>
 */
public final class QuietLoggers implements AutoCloseable {

    /** Who logs a stack trace when the database connection is cut under a running request. */
    public static final String[] DATABASE_OUTAGE = {
        // "Connection … marked as broken because of SQLSTATE(08006)" with the I/O error
        "com.zaxxer.hikari.pool.ProxyConnection",
        // the session repository's transaction: "Application exception overridden by rollback exception"
        "org.springframework.transaction.support.TransactionTemplate",
        // the readiness probe's "DataSource health check failed"
        "org.springframework.boot.jdbc.health.DataSourceHealthIndicator"
    };

    private final Map<Logger, Level> before = new LinkedHashMap<>();

    private QuietLoggers(String... names) {
        for (String name : names) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            before.put(logger, logger.getLevel());
            logger.setLevel(Level.OFF);
        }
    }

    public static QuietLoggers silence(String... names) {
        return new QuietLoggers(names);
    }

    @Override
    public void close() {
        before.forEach(Logger::setLevel);
    }
}
