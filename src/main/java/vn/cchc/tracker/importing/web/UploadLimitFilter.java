package vn.cchc.tracker.importing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import vn.cchc.tracker.support.web.OversizedUploads;

/**
 * Lets an upload beyond the servlet container's limit reach its controller. Tomcat refuses to read the parameters
 * of such a request at all ({@code getParameter} throws), so the CSRF check, the language switch or anything else
 * that reads a parameter would fail with a bare 413 or 500 before the upload page or the import API could say
 * “the file is larger than 5 MB”. Behind this filter such a request is marked as refused ({@link OversizedUploads}:
 * the CSRF check lets it pass, as its token is a field of the refused body and nothing is written from it) and keeps
 * its query-string parameters; the body stays refused, and the controller, asking for the file, gets Spring's
 * {@code MaxUploadSizeExceededException} and answers in its own words. A body that claims to be multipart
 * but cannot be parsed is treated alike: the controller asking for the file gets a {@code MultipartException} (400).
 */
class UploadLimitFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            markIfRefusedAsTooLarge(request);
            chain.doFilter(new OversizedUploadTolerant(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Parses the body now — the CSRF check would on its first parameter anyway — so that a body over the container's
     * limits is known before any filter asks for its parameters. The container keeps the outcome: the controller
     * asking for the file later gets the same refusal.
     */
    private static void markIfRefusedAsTooLarge(HttpServletRequest request) {
        try {
            // the form's text fields are decoded now, before the character-encoding filter has run: say UTF-8 first
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (OversizedUploads.tooLarge(e)) {
                OversizedUploads.markRefused(request);
            }
        }
    }

    /** The error page of such a request reads parameters too (the language switch). */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    /** Falls back to the query string's parameters when the container refuses to parse an oversized or broken body. */
    static final class OversizedUploadTolerant extends HttpServletRequestWrapper {

        private Map<String, String[]> queryOnly;

        OversizedUploadTolerant(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            try {
                return super.getParameter(name);
            } catch (RuntimeException e) {
                String[] values = fallback(e).get(name);
                return values == null || values.length == 0 ? null : values[0];
            }
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            try {
                return super.getParameterMap();
            } catch (RuntimeException e) {
                return fallback(e);
            }
        }

        @Override
        public Enumeration<String> getParameterNames() {
            try {
                return super.getParameterNames();
            } catch (RuntimeException e) {
                return Collections.enumeration(fallback(e).keySet());
            }
        }

        @Override
        public String[] getParameterValues(String name) {
            try {
                return super.getParameterValues(name);
            } catch (RuntimeException e) {
                return fallback(e).get(name);
            }
        }

        private Map<String, String[]> fallback(RuntimeException e) {
            // Tomcat's InvalidParameterException (an IllegalStateException): a body that is not multipart at all
            if (!OversizedUploads.tooLarge(e) && !(e instanceof IllegalStateException)) {
                throw e;
            }
            if (queryOnly == null) {
                Map<String, String[]> params = new LinkedHashMap<>();
                String query = getQueryString();
                if (query != null) {
                    MultiValueMap<String, String> raw = query.isEmpty()
                            ? new LinkedMultiValueMap<>()
                            : UriComponentsBuilder.newInstance()
                                    .query(query)
                                    .build()
                                    .getQueryParams();
                    raw.forEach((key, values) -> params.put(
                            decode(key),
                            values.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
                }
                queryOnly = Collections.unmodifiableMap(params);
            }
            return queryOnly;
        }

        private static String decode(String s) {
            return UriUtils.decode(s.replace("+", " "), StandardCharsets.UTF_8);
        }
    }
}
