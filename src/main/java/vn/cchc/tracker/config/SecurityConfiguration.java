package vn.cchc.tracker.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.cchc.tracker.support.web.ApiErrorResponses;
import vn.cchc.tracker.support.web.OversizedUploads;

/**
 * Who may do what, by URL. This is the first line only: every write service checks the actor's provinces again,
 * so a URL rule that is too wide still cannot write outside an editor's provinces.
 * <ul>
 *   <li>Reading pages and {@code GET /api/v1/**} are public unless {@code cchc.security.require-login=true}.</li>
 *   <li>Data entry (forms and their POSTs): admins and editors. History views: any logged-in account.</li>
 *   <li>{@code /admin/**}: admins.</li>
 * </ul>
 * Form login with BCrypt, CSRF on every form, session id changed at login, and a Content-Security-Policy that
 * allows no inline script or style.
 *
 * <p>The API ({@code /api/**}) and the admin's restore upload ({@code POST /admin/restore}) have their own chain:
 * the same rules, plus HTTP Basic for scripts ({@code curl -u}).
 * A request carrying {@code Authorization: Basic …} needs no CSRF token (a browser form cannot add that header, and
 * the API never answers with a {@code WWW-Authenticate} challenge, so no browser ever caches Basic credentials for
 * this site); a session-authenticated request still needs one. Wrong Basic credentials count towards the same
 * lockout as wrong passwords in the login form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Everything from this origin only; no inline script or style anywhere (Bootstrap's icons are data: images). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

    /** Swagger UI sets inline styles itself; only its own pages get that allowance. */
    private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.pathPattern("/swagger-ui/**");

    private static final String SWAGGER_UI_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    private static final String EDITOR = "EDITOR";
    private static final String ADMIN = "ADMIN";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");
    /** The admin's restore upload: scriptable like the API ({@code curl -u admin:… -F file=@backup.zip}). */
    private static final RequestMatcher RESTORE =
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/admin/restore");
    /** A script authenticating itself with HTTP Basic rather than a browser session. */
    private static final RequestMatcher BASIC_AUTHENTICATED = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            @Value("${cchc.security.require-login:false}") boolean requireLogin,
            ApiErrorResponses apiErrors)
            throws Exception {
        http.securityMatcher(new OrRequestMatcher(API, RESTORE));
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers(RESTORE).hasRole(ADMIN);
            if (requireLogin) {
                auth.requestMatchers(HttpMethod.GET, "/**").authenticated();
                auth.requestMatchers(HttpMethod.HEAD, "/**").authenticated();
            } else {
                auth.requestMatchers(HttpMethod.GET, "/**").permitAll();
                auth.requestMatchers(HttpMethod.HEAD, "/**").permitAll();
            }
            // writes (the results import): the services decide which provinces
            auth.anyRequest().hasAnyRole(ADMIN, EDITOR);
        });
        // 401 and 403 in the API's error shape (ApiError); no WWW-Authenticate challenge, so browsers never cache
        // Basic credentials for this site
        AuthenticationEntryPoint unauthorized = (request, response, failure) ->
                apiErrors.send(request, response, HttpStatus.UNAUTHORIZED, "error.api.unauthorized");
        http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_AUTHENTICATED, REFUSED_UPLOAD)
                .csrfTokenRequestHandler(new TamperedCsrfTokenHandler()));
        http.exceptionHandling(
                ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler((request, response, denied) -> {
                    // nobody logged in (e.g. a POST without credentials, refused first for its missing CSRF token): 401
                    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                    if (auth == null || TRUST.isAnonymous(auth)) {
                        unauthorized.commence(request, response, null);
                    } else {
                        apiErrors.send(request, response, HttpStatus.FORBIDDEN, "error.api.forbidden");
                    }
                }));
        secureHeaders(http);
        return http.build();
    }

    /**
     * An upload whose body the container refused as too large: its CSRF token, a field of that body, cannot be read,
     * and nothing is written from it — the upload page or API answers “the file is too large” ({@link OversizedUploads}).
     * Upload forms carry their token as a form field like every form, never in the URL.
     */
    private static final RequestMatcher REFUSED_UPLOAD = OversizedUploads::refused;

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, @Value("${cchc.security.require-login:false}") boolean requireLogin) throws Exception {
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error", "/login")
                    .permitAll();
            auth.requestMatchers("/admin/**").hasRole(ADMIN);
            auth.requestMatchers("/account/**", "/logout").authenticated();
            // history views name the people who changed things: accounts only
            auth.requestMatchers(
                            HttpMethod.GET,
                            "/targets/*/history",
                            "/documents/*/history",
                            "/provinces/*/results/*/history/*")
                    .authenticated();
            // data-entry forms
            auth.requestMatchers(
                            HttpMethod.GET,
                            "/results",
                            "/provinces/*/results/*",
                            "/provinces/*/documents/new",
                            "/documents/*/edit",
                            "/documents/*/targets/new",
                            "/targets/*/edit",
                            "/import")
                    .hasAnyRole(ADMIN, EDITOR);
            // attachments are never public, explanation requests name people; the services say who of the accounts
            auth.requestMatchers(
                            HttpMethod.GET,
                            "/attachments/*",
                            "/narratives/*/attachments",
                            "/explanations",
                            "/explanations/*")
                    .authenticated();
            // reviewers are viewers with the reviewer right: asking for an explanation is their one write here
            auth.requestMatchers(HttpMethod.POST, "/targets/*/explanations").authenticated();
            // the full data export (/export/all.zip) is public like the pages: all of it is public elsewhere and it
            // names no login (the results in the import layout)
            if (requireLogin) {
                auth.requestMatchers(HttpMethod.GET, "/**").authenticated();
                auth.requestMatchers(HttpMethod.HEAD, "/**").authenticated();
            } else {
                auth.requestMatchers(HttpMethod.GET, "/**").permitAll();
                auth.requestMatchers(HttpMethod.HEAD, "/**").permitAll();
            }
            // every other write: the services decide which provinces and actions
            auth.anyRequest().hasAnyRole(ADMIN, EDITOR);
        });
        http.csrf(csrf ->
                csrf.ignoringRequestMatchers(REFUSED_UPLOAD).csrfTokenRequestHandler(new TamperedCsrfTokenHandler()));
        http.formLogin(form -> form.loginPage("/login")
                .failureHandler(loginFailure())
                .defaultSuccessUrl("/", false)
                .permitAll());
        http.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // the API answers 401, pages send the browser to the login form
        http.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        PathPatternRequestMatcher.pathPattern("/api/**"))
                .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), PathPatternRequestMatcher.pathPattern("/**")));
        secureHeaders(http);
        return http.build();
    }

    private static void secureHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(SWAGGER_UI),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
    }

    /**
     * One answer for every refusal (wrong password, unknown user, locked, disabled), so the login page never
     * confirms that an account exists or is locked (OWASP Authentication Cheat Sheet).
     */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
