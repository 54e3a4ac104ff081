package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** The audit trail writes a stored decimal as the page's language does: 42,3 in Vietnamese, 42.3 in English. */
@ApplicationTest
@Transactional
class AuditNumbersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditTrailPrintsDecimalsInThePagesLanguage() throws Exception {
        TestAccounts.ensure(jdbc);
        mvc.perform(post("/provinces/67/results/2019")
                .with(csrf())
                .with(user(TestAccounts.ADMIN).roles("ADMIN"))
                .param("rows[0].indicatorCode", SIPAS)
                .param("rows[0].value", "42,3")
                .param("rows[0].source", "Báo cáo thử"));

        String vi = page("/admin/audit");
        String en = page("/admin/audit?lang=en");

        assertThat(vi).contains(">42,3<").doesNotContain(">42.3<");
        assertThat(en).contains(">42.3<");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(TestAccounts.ADMIN).roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
