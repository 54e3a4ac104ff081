package vn.cchc.tracker.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.tracker.account.AccountService;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** An admin gives a department head the reviewer right and an e-mail address; a malformed address is a field error. */
@ApplicationTest
class AccountReviewerAndEmailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Test
    void aReviewerWithAnEmailAddressIsCreatedAndActsAsReviewer() throws Exception {
        MockHttpServletResponse response = create("test.head.reviewer", "truong.phong@sonv.gov.vn");

        assertThat(response.getRedirectedUrl()).startsWith("/admin/accounts/");
        Map<String, Object> row =
                jdbc.queryForMap("select role, reviewer, email from account where username = 'test.head.reviewer'");
        assertThat(row)
                .containsEntry("role", "VIEWER")
                .containsEntry("reviewer", true)
                .containsEntry("email", "truong.phong@sonv.gov.vn");
        assertThat(jdbc.queryForObject(
                        "select new_value ->> 'reviewer' from audit_event where entity_type = 'ACCOUNT' and action = 'CREATE'"
                                + " and new_value ->> 'username' = 'test.head.reviewer'",
                        String.class))
                .isEqualTo("true");
        var actor = accounts.actor("test.head.reviewer");
        assertThat(actor.canReview()).isTrue();
        assertThat(actor.canWrite("67")).isFalse();
    }

    @Test
    void aMalformedEmailAddressIsRefusedOnItsField() throws Exception {
        MockHttpServletResponse response = create("test.bad.email", "not-an-address");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Địa chỉ thư điện tử không hợp lệ.");
        assertThat(jdbc.queryForObject("select count(*) from account where username = 'test.bad.email'", Integer.class))
                .isZero();
    }

    private MockHttpServletResponse create(String username, String email) throws Exception {
        return mvc.perform(post("/admin/accounts")
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN).roles("ADMIN"))
                        .param("username", username)
                        .param("password", "mot-mat-khau-dai-2026")
                        .param("displayName", "Trưởng phòng CCHC")
                        .param("role", "VIEWER")
                        .param("reviewer", "true")
                        .param("email", email))
                .andReturn()
                .getResponse();
    }
}
