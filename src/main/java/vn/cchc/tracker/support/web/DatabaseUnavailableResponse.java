package vn.cchc.tracker.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.tracker.support.DatabaseFailures;

/**
 * The answer to any request while PostgreSQL cannot be reached: 503 with Retry-After, a page for people and JSON
 * for the API. It is rendered without the database and without the HTTP session (both may be what failed).
 */
@Component
class DatabaseUnavailableResponse {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableResponse.class);
    static final String RETRY_AFTER_SECONDS = "30";

    private final MessageSource messages;
    private final JsonMapper json;
    private final DataSource dataSource;
    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final java.time.Clock clock;

    DatabaseUnavailableResponse(
            MessageSource messages,
            JsonMapper json,
            DataSource dataSource,
            ITemplateEngine templates,
            LocaleResolver locales,
            java.time.Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.json = json;
        this.dataSource = dataSource;
        this.templates = templates;
        this.locales = locales;
    }

    /**
     * Whether the failure means the database cannot be reached. A lost connection does not always say so: when a
     * query fails on a dead connection and the rollback then fails too, only "connection is closed" remains. For
     * such SQL failures the pool is asked once (bounded by its connection timeout) whether the database answers.
     */
    boolean databaseUnreachable(Throwable failure) {
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

    void send(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        log.warn("database unavailable while serving {}: {}", request.getRequestURI(), failure.getMessage());
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setCharacterEncoding("UTF-8");
        Locale locale = locales.resolveLocale(request);
        if (request.getRequestURI().startsWith("/api/")) {
            String message = messages.getMessage("error.503.text", null, locale);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(
                    response.getOutputStream(),
                    new ApiError(
                            503,
                            HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(),
                            message,
                            request.getRequestURI(),
                            null,
                            Instant.now(clock)));
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        templates.process("error/503", new Context(locale), response.getWriter());
    }
}
