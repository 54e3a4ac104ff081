package vn.cchc.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** With cchc.security.require-login=true every page and the API need a login; the login page and assets do not. */
@ApplicationTest
@TestPropertySource(properties = "cchc.security.require-login=true")
class RequireLoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyReadingPageSendsAnonymousUsersToTheLoginPage() throws Exception {
        Set<String> pages = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                info.getPatternValues().stream()
                        .filter(p -> !p.equals("/login")
                                && !p.startsWith("/api/")
                                && !p.startsWith("/v3/")
                                && !p.startsWith("/swagger"))
                        .map(p -> p.replace("{code}", DAK_NONG)
                                .replace("{year}", "2024")
                                .replace("{id}", "1")
                                .replace("{indicator}", SIPAS)
                                .replace("{token}", "no-such-upload-token-0000")
                                .replace("{kind}", "YEAR")
                                .replace("{targetId}", "1")
                                .replace("{period}", "Q1"))
                        .forEach(pages::add);
            }
        }
        assertThat(pages).contains("/", "/provinces/67", "/indicators");
        for (String page : pages) {
            MockHttpServletResponse response =
                    mvc.perform(get(page)).andReturn().getResponse();
            assertThat(response.getRedirectedUrl()).as(page).endsWith("/login");
        }
    }

    @Test
    void theApiAnswers401AndALoggedInViewerReads() throws Exception {
        assertThat(mvc.perform(get("/api/v1/provinces"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/api/v1/provinces")
                                .with(user(TestAccounts.ADMIN).roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/provinces/67")
                                .with(user(TestAccounts.ADMIN).roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void theLoginPageAndStaticFilesStayOpen() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/css/app.css")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void theLoadBalancersHealthAnswersStayOpenAndMetricsStayForAdmins() throws Exception {
        assertThat(mvc.perform(get("/actuator/health/readiness"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/health/liveness"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/prometheus"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }
}
