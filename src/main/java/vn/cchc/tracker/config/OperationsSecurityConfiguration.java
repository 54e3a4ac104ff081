package vn.cchc.tracker.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Actuator over HTTP, ahead of every other chain: the health answers (UP/DOWN, no details) are open to anyone — the
 * load balancer has no account, and they stay open with {@code cchc.security.require-login} — Prometheus metrics
 * need an admin (session or HTTP Basic, counted towards the login lockout like every Basic login), and anything
 * else under {@code /actuator} is refused even if someone exposes it by configuration. No session is created here.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurityConfiguration {

    static final String HEALTH = "/actuator/health";
    static final String LIVENESS = "/actuator/health/liveness";
    static final String READINESS = "/actuator/health/readiness";
    static final String PROMETHEUS = "/actuator/prometheus";

    @Bean
    @Order(0)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**");
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers(HttpMethod.GET, HEALTH, LIVENESS, READINESS).permitAll();
            auth.requestMatchers(HttpMethod.HEAD, HEALTH, LIVENESS, READINESS).permitAll();
            auth.requestMatchers(HttpMethod.GET, PROMETHEUS).hasRole("ADMIN");
            auth.anyRequest().denyAll();
        });
        HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized));
        http.exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized));
        // a scraper or load balancer keeps no cookie: a session per call would fill the session table
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        http.csrf(csrf -> csrf.disable()); // only GET and HEAD are allowed here
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
