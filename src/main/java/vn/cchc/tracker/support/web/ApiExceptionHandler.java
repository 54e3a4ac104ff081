package vn.cchc.tracker.support.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.support.NotFoundException;

/** JSON errors for the API: no HTML, no stack traces. */
@RestControllerAdvice(annotations = RestController.class)
// after DatabaseUnavailableHandler, which answers 503 for a missing database on pages and API alike
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;
    private final Clock clock;

    ApiExceptionHandler(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, text(e.messageKey(), e.args()), request, null);
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ApiError> badParameter(BadParameterException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, text(e.messageKey(), e.args()), request, e.parameter());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return error(
                HttpStatus.BAD_REQUEST,
                text("error.parameter.invalid", e.getName(), String.valueOf(e.getValue())),
                request,
                e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return error(
                HttpStatus.BAD_REQUEST,
                text("error.parameter.missing", e.getParameterName()),
                request,
                e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return error(
                HttpStatus.BAD_REQUEST,
                text("error.parameter.missing", e.getRequestPartName()),
                request,
                e.getRequestPartName());
    }

    /** A form or query parameter path the binder cannot follow, e.g. a list index past its limit. */
    @ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
    ResponseEntity<ApiError> badPropertyPath(
            org.springframework.beans.InvalidPropertyException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, text("error.parameter.unknown", e.getPropertyName()), request, null);
    }

    /** A body that claims to be multipart but cannot be read as such. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> badMultipart(MultipartException e, HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            throw e; // the upload endpoints answer it themselves, in their own words
        }
        return error(HttpStatus.BAD_REQUEST, text("error.multipart"), request, null);
    }

    /** A write service refused the account (a viewer importing, an editor outside its provinces). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, text("error.api.forbidden"), request, null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse) {
            throw e; // Spring's own 4xx (405, 406, 415 …) keep their status and problem details
        }
        log.error("API request {} failed", request.getRequestURI(), e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, text("error.unexpected"), request, null);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Always JSON, whatever the request's Accept header asks for: an error must not become a 406 or a 500. */
    private ResponseEntity<ApiError> error(
            HttpStatus status, String message, HttpServletRequest request, String parameter) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(
                        status.value(),
                        status.getReasonPhrase(),
                        message,
                        request.getRequestURI(),
                        parameter,
                        Instant.now(clock)));
    }
}
