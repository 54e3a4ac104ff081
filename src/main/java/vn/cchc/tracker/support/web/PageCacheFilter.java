package vn.cchc.tracker.support.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.cchc.tracker.support.DataVersion;

/**
 * Serves the dashboards (overview, province scorecards, comparison, documents, targets) and the attainment API from
 * memory while the data under them is unchanged: a page rendered once is sent again as bytes until the
 * {@link DataVersion} moves, which every committed write of shown data does, on any instance. Each request still
 * reads the version (one small statement), so no instance ever serves a page older than the data it has seen
 * committed, and a database outage still answers 503.
 *
 * <p>A page is kept per address, language, day (the year a page defaults to depends on the date) and viewer: one shared copy for
 * everyone not signed in, one per session for signed-in users (their pages carry their name and a CSRF token).
 * Only a plain 200 answer is kept: not one that sets a cookie, creates a session or shows a one-time notice, and
 * nothing rendered inside a surrounding transaction. Concurrent misses of one page wait for a single rendering.
 * Runs after Spring Security, so access rules and security headers apply to every answer, cached or not.
 */
public class PageCacheFilter extends OncePerRequestFilter {

    private static final Pattern CACHED_PATHS = Pattern.compile(
            "/|/provinces|/provinces/\\d{2,3}|/compare|/documents/\\d+|/targets/\\d+|/api/v1/attainment");
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";
    private static final long WAIT_FOR_RENDERING_SECONDS = 60;

    private final DataVersion versions;
    private final LocaleResolver locales;
    private final Clock clock;
    private final Cache<PageKey, CachedPage> pages;
    private final Map<Rendering, CompletableFuture<CachedPage>> renderings = new ConcurrentHashMap<>();
    private final AtomicLong newestVersion = new AtomicLong(-1);

    /** What a page depends on besides the data: the viewer is "" for everyone not signed in. */
    record PageKey(String address, String language, LocalDate day, String viewer) {}

    /** A page as sent, with the data version it was rendered from. */
    record CachedPage(long version, String contentType, Locale locale, byte[] body, byte[] gzipped) {

        static CachedPage of(long version, String contentType, Locale locale, byte[] body) {
            ByteArrayOutputStream gzipped = new ByteArrayOutputStream(body.length / 8 + 64);
            try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
                out.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // in memory: cannot happen
            }
            return new CachedPage(version, contentType, locale, body, gzipped.toByteArray());
        }
    }

    private record Rendering(PageKey key, long version) {}

    public PageCacheFilter(DataVersion versions, LocaleResolver locales, Clock clock, long maxBytes) {
        this.versions = versions;
        this.locales = locales;
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((PageKey key, CachedPage page) -> page.body().length + page.gzipped().length + 200)
                .build();
    }

    /** Forgets every kept page. */
    public void clear() {
        pages.invalidateAll();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !CACHED_PATHS
                        .matcher(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                        .matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String viewer = viewer(request);
        if (viewer == null
                || request.getParameter("lang") != null
                || hasPendingNotice(request)
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            chain.doFilter(request, response);
            return;
        }
        long version = versions.current();
        if (newestVersion.getAndAccumulate(version, Math::max) < version) {
            pages.invalidateAll(); // pages of older versions can never be sent again
        }
        PageKey key = new PageKey(
                address(request), locales.resolveLocale(request).toLanguageTag(), LocalDate.now(clock), viewer);
        CachedPage kept = pages.getIfPresent(key);
        if (kept != null && kept.version() == version) {
            send(kept, request, response);
            return;
        }
        Rendering rendering = new Rendering(key, version);
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> running = renderings.putIfAbsent(rendering, mine);
        if (running != null) {
            CachedPage shared = await(running);
            if (shared != null) {
                send(shared, request, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        CachedPage rendered = null;
        try {
            rendered = render(request, response, chain, version);
            if (rendered != null) {
                pages.put(key, rendered);
            }
        } finally {
            mine.complete(rendered);
            renderings.remove(rendering, mine);
        }
    }

    private CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long version)
            throws ServletException, IOException {
        boolean hadSession = request.getSession(false) != null;
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        CachedPage page = null;
        Map<String, ?> notice = RequestContextUtils.getInputFlashMap(request);
        if (capture.getStatus() == HttpServletResponse.SC_OK
                && capture.getContentType() != null
                && !capture.containsHeader(HttpHeaders.SET_COOKIE)
                && (hadSession || request.getSession(false) == null)
                && (notice == null || notice.isEmpty())) {
            page = CachedPage.of(
                    version, capture.getContentType(), capture.getLocale(), capture.getContentAsByteArray());
        }
        capture.copyBodyToResponse();
        return page;
    }

    private static CachedPage await(CompletableFuture<CachedPage> running) throws ServletException {
        try {
            return running.get(WAIT_FOR_RENDERING_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException(e);
        } catch (ExecutionException | TimeoutException e) {
            return null; // render it here instead
        }
    }

    /** The kept bytes; compressed once when kept, so a browser's gzip costs no CPU per request. */
    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setLocale(page.locale());
        response.setContentType(page.contentType());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        byte[] body = page.body();
        if (acceptsGzip(request)) {
            body = page.gzipped();
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip"); // Tomcat then leaves it as it is
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        for (Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING); values.hasMoreElements(); ) {
            for (String coding : values.nextElement().split(",")) {
                String[] parts = coding.trim().split(";");
                if (parts[0].trim().equalsIgnoreCase("gzip")) {
                    return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
                }
            }
        }
        return false;
    }

    /** "" for a reader not signed in, the session for a signed-in user, {@code null} when not to cache at all. */
    private static String viewer(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return "";
        }
        HttpSession session = request.getSession(false);
        return session == null ? null : "session " + session.getId(); // e.g. HTTP Basic without a session
    }

    /** Whether a notice (a flash attribute after a redirect) waits for this session's next page. */
    private static boolean hasPendingNotice(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(FLASH_MAPS) instanceof Collection<?> maps && !maps.isEmpty();
    }

    /** The path and the parameters, in a stable order (so "?a=1&b=2" and "?b=2&a=1" share a copy). */
    private static String address(HttpServletRequest request) {
        StringBuilder address = new StringBuilder(request.getRequestURI());
        char separator = '?';
        for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
            for (String value : parameter.getValue()) {
                address.append(separator)
                        .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return address.toString();
    }
}
