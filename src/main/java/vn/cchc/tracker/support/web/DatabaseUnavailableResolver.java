package vn.cchc.tracker.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers 503 for a controller that failed because PostgreSQL cannot be reached; runs before every other
 * resolver and leaves all other failures to them. Failures before MVC (e.g. loading the HTTP session) are
 * caught by {@link DatabaseUnavailableFilter}.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

    private final DatabaseUnavailableResponse unavailable;

    DatabaseUnavailableResolver(DatabaseUnavailableResponse unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!unavailable.databaseUnreachable(failure)) {
            return null;
        }
        try {
            unavailable.send(request, response, failure);
        } catch (IOException e) {
            // the client went away; nothing left to tell it
        }
        return new ModelAndView();
    }
}
