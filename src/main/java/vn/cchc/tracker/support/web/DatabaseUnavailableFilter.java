package vn.cchc.tracker.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a database failure in any later filter (the shared HTTP session lives in PostgreSQL)
 * becomes the same 503 answer as in a controller, instead of a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private final DatabaseUnavailableResponse unavailable;

    DatabaseUnavailableFilter(DatabaseUnavailableResponse unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!unavailable.databaseUnreachable(e)) {
                throw e;
            }
            unavailable.send(request, response, e);
        }
    }
}
