package vn.cchc.tracker.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ApiError} where no controller advice can: the security filters' 401 and 403 on the API, so that
 * every API answer has the documented shape.
 */
@Component
public class ApiErrorResponses {

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ApiErrorResponses(MessageSource messages, JsonMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
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
                        status.value(),
                        status.getReasonPhrase(),
                        message,
                        request.getRequestURI(),
                        null,
                        Instant.now()));
    }
}
