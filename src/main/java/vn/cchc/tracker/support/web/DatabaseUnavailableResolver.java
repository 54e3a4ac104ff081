package vn.cchc.tracker.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

import vn.cchc.tracker.support.DatabaseFailures;

/**
 * When PostgreSQL cannot be reached, pages and API calls answer 503 at once (the pool gives up after its short
 * connection timeout) instead of hanging or showing a 500; the pool reconnects by itself when the database returns.
 * Runs before every other resolver and leaves all other failures to them.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);
    static final String RETRY_AFTER_SECONDS = "30";

    private final MessageSource messages;
    private final JsonMapper json;
    private final DataSource dataSource;

    DatabaseUnavailableResolver(MessageSource messages, JsonMapper json, DataSource dataSource) {
        this.messages = messages;
        this.json = json;
        this.dataSource = dataSource;
    }

    /**
     * A lost connection does not always say so: when a query fails on a dead connection and the rollback then
     * fails too, only "connection is closed" remains. For such SQL failures, ask the pool once (bounded by its
     * connection timeout) whether the database answers.
     */
    private boolean databaseUnreachable(Exception failure) {
        if (DatabaseFailures.isConnectionFailure(failure)) {
            return true;
        }
        if (!DatabaseFailures.involvesSql(failure)) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return !connection.isValid(1);
        } catch (SQLException e) {
            return true;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!databaseUnreachable(failure)) {
            return null;
        }
        log.warn("database unavailable while serving {}: {}", request.getRequestURI(), failure.getMessage());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (!request.getRequestURI().startsWith("/api/")) {
            return new ModelAndView("error/503");
        }
        String message = messages.getMessage("error.503.text", null, LocaleContextHolder.getLocale());
        ApiError body = new ApiError(503, HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(), message,
                request.getRequestURI(), null, Instant.now());
        try {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), body);
        } catch (IOException e) {
            log.debug("client went away before the 503 was written", e);
        }
        return new ModelAndView();
    }
}
