package vn.cchc.tracker.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to the application's logging (it otherwise prints to stderr with its own format).
 * Its INFO is per-render chatter ("Prepare to fly"), so it goes to DEBUG; warnings and errors stay what they are.
 */
final class Slf4jPdfLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (value >= Level.INFO.intValue()) {
            logger.debug(message, error);
        } else {
            logger.trace(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the logging configuration's business
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        if (value >= Level.WARNING.intValue()) {
            return logger.isWarnEnabled();
        }
        return value >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
    }
}
