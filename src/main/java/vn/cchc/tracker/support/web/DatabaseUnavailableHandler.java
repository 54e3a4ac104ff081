package vn.cchc.tracker.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.time.Instant;

/**
 * When PostgreSQL cannot be reached, every page and API call answers 503 at once (the pool gives up after its
 * short connection timeout) instead of hanging or showing a 500; the pool reconnects by itself when it returns.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);
    static final String RETRY_AFTER_SECONDS = "30";

    private final MessageSource messages;

    DatabaseUnavailableHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class})
    Object databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("database unavailable while serving {}: {}", request.getRequestURI(), e.getMessage());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (request.getRequestURI().startsWith("/api/")) {
            String message = messages.getMessage("error.503.text", null, LocaleContextHolder.getLocale());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(503, HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(), message,
                            request.getRequestURI(), null, Instant.now()));
        }
        ModelAndView page = new ModelAndView("error/503");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }
}
