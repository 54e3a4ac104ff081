package vn.cchc.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** Login, throttling, session fixation, headers and the templates' promise to the Content-Security-Policy. */
@ApplicationTest
class SecurityTest {

    private static final String LOCKOUT_USER = "test.lockout";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
    }

    @Test
    void theDemoEditorLogsInWithABcryptHashedPassword() throws Exception {
        MockHttpSession session = new MockHttpSession();

        MvcResult result = mvc.perform(post("/login")
                        .with(csrf())
                        .session(session)
                        .param("username", TestAccounts.EDITOR_DAK_NONG)
                        .param("password", TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.queryForObject(
                        "select password_hash from account where username = 'editor.daknong'", String.class))
                .startsWith("$2")
                .doesNotContain(TestAccounts.EDITOR_DAK_NONG_DEMO_PASSWORD);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
        MvcResult wrongPassword = mvc.perform(
                        formLogin("/login").user(TestAccounts.EDITOR_DAK_NONG).password("nope-nope-nope"))
                .andReturn();
        MvcResult unknownUser = mvc.perform(
                        formLogin("/login").user("nobody.here").password("nope-nope-nope"))
                .andReturn();

        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        jdbc.update("update account set failed_attempts = 0 where username = 'editor.daknong'");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        TestAccounts.create(jdbc, LOCKOUT_USER, "VIEWER", null, false);
        jdbc.update("update account set failed_attempts = 0, locked_until = null where username = ?", LOCKOUT_USER);
        try {
            for (int i = 0; i < 5; i++) {
                mvc.perform(formLogin("/login").user(LOCKOUT_USER).password("wrong-password-" + i))
                        .andReturn();
            }
            MvcResult right = mvc.perform(formLogin("/login").user(LOCKOUT_USER).password(TestAccounts.PASSWORD))
                    .andReturn();

            assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(jdbc.queryForObject(
                            "select locked_until > now() + interval '10 minutes' from account where username = ?",
                            Boolean.class,
                            LOCKOUT_USER))
                    .isTrue();
            String page = mvc.perform(get("/login").param("error", ""))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("hoặc tài khoản đang tạm khóa");
        } finally {
            jdbc.update("update account set failed_attempts = 0, locked_until = null where username = ?", LOCKOUT_USER);
        }
    }

    @Test
    void aDisabledAccountCannotLogInAndIsNotToldApartFromAWrongPassword() throws Exception {
        TestAccounts.create(jdbc, "test.disabled", "VIEWER", null, false);
        jdbc.update("update account set enabled = false where username = 'test.disabled'");

        MvcResult result = mvc.perform(formLogin("/login").user("test.disabled").password(TestAccounts.PASSWORD))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void theLoginPageSaysNothingAboutLockedOrDisabledAccounts() throws Exception {
        for (String reason : List.of("locked", "disabled")) {
            String page = mvc.perform(get("/login").param(reason, ""))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);

            assertThat(page).as(reason).doesNotContain("alert-danger");
        }
    }

    @Test
    void logoutNeedsAPostWithItsToken() throws Exception {
        MockHttpServletResponse withToken = mvc.perform(post("/logout")
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN).roles("ADMIN")))
                .andReturn()
                .getResponse();
        MockHttpServletResponse withoutToken = mvc.perform(
                        post("/logout").with(user(TestAccounts.ADMIN).roles("ADMIN")))
                .andReturn()
                .getResponse();

        assertThat(withToken.getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(withoutToken.getStatus()).isEqualTo(403);
    }

    @Test
    void pagesCarryTheContentSecurityPolicyAndOtherSecureHeaders() throws Exception {
        for (String url : List.of("/", "/login", "/api/v1/provinces")) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();

            assertThat(response.getHeader("Content-Security-Policy"))
                    .as(url)
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void everyFormOfThePagesCarriesACsrfToken() throws Exception {
        String html = mvc.perform(get("/provinces/67/results/2024")
                        .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        int postForms = html.split("method=\"post\"", -1).length - 1;
        assertThat(postForms).isGreaterThanOrEqualTo(2);
        assertThat(html.split("name=\"_csrf\"", -1).length - 1).isEqualTo(postForms);
    }
}
