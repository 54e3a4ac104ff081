package vn.cchc.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * Actuator: the health answers are open to the load balancer and say only UP or DOWN; Prometheus metrics, with page
 * and evaluation timings, are for admins; nothing else of Actuator answers. (DOWN while the database is away:
 * {@code resilience.DatabaseOutageTest}.)
 */
@ApplicationTest
class ActuatorAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthAnswersAnyoneWithItsStatusAndNoDetails(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components", "details", "postgres");
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void metricsNeedAnAdmin() throws Exception {
        assertThat(status(get("/actuator/prometheus"))).as("anonymous").isEqualTo(401);
        assertThat(status(get("/actuator/prometheus")
                        .with(httpBasic(TestAccounts.EDITOR_DAK_NONG, TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD))))
                .as("an editor")
                .isEqualTo(403);
        assertThat(status(get("/actuator/prometheus").with(httpBasic(TestAccounts.VIEWER, TestAccounts.PASSWORD))))
                .as("a viewer")
                .isEqualTo(403);
    }

    @Test
    void anAdminReadsPageAndEvaluationTimingsInPrometheusFormat() throws Exception {
        // a page and an evaluation to be timed
        assertThat(status(get("/provinces/67").param("year", "2024"))).isEqualTo(200);

        MvcResult metrics = mvc.perform(get("/actuator/prometheus")
                        .with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_DEMO_PASSWORD)))
                .andReturn();

        assertThat(metrics.getResponse().getStatus()).isEqualTo(200);
        assertThat(metrics.getResponse().getContentType()).startsWith("text/plain");
        assertThat(metrics.getResponse().getContentAsString())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/provinces/{code}\"")
                .contains("cchc_attainment_evaluation_seconds_count{scope=\"province\"}")
                .contains("hikaricp_connections");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator",
                "/actuator/env",
                "/actuator/beans",
                "/actuator/configprops",
                "/actuator/heapdump",
                "/actuator/loggers",
                "/actuator/metrics",
                "/actuator/health/db",
                "/actuator/health/ping"
            })
    void nothingElseOfActuatorAnswersEvenAnAdmin(String path) throws Exception {
        assertThat(status(get(path))).as("anonymous").isEqualTo(401);
        assertThat(status(get(path).with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_DEMO_PASSWORD))))
                .as("admin")
                .isIn(403, 404);
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
