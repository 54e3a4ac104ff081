package vn.cchc.tracker.support.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ApiError} where no controller advice can: the security filters' 401 and 403 on the API and the
 * error page of an API request ({@link ErrorPageController}), so that every API answer has the documented shape.
 */
@Component
public class ApiErrorResponses {

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;
    private final Clock clock;

    ApiErrorResponses(MessageSource messages, JsonMapper json, LocaleResolver locales, Clock clock) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
        this.clock = clock;
    }

    public void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        String message = messages.getMessage(messageKey, null, messageKey, locales.resolveLocale(request));
        json.writeValue(
                response.getOutputStream(),
                new ApiError(
                        status.value(), status.getReasonPhrase(), message, path(request), null, Instant.now(clock)));
    }

    /** The path the client asked for, also when its error is being answered ({@code /error}). */
    static String path(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri
                : request.getRequestURI();
    }

    /** The API and its OpenAPI description: what scripts read, whose errors are {@link ApiError} JSON. */
    static boolean isApi(String path) {
        return path.startsWith("/api/")
                || path.equals("/v3/api-docs")
                || path.startsWith("/v3/api-docs/")
                || path.startsWith("/v3/api-docs.");
    }
}
