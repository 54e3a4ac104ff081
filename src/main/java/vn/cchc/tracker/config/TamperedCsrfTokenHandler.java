package vn.cchc.tracker.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's default (BREACH-masked) CSRF token handling, except that a tampered token of the right length —
 * whose unmasked bytes are not UTF-8, which the default answers with an exception, i.e. 500 — counts as a wrong token:
 * 403 like any other.
 */
final class TamperedCsrfTokenHandler implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        try {
            return delegate.resolveCsrfTokenValue(request, csrfToken);
        } catch (IllegalArgumentException tampered) {
            return null;
        }
    }
}
