package vn.cchc.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** The reporting pages' answers: forms refused on their fields, stale edits as 409, the panel; rolled back. */
@ApplicationTest
@Transactional
class ReportingPagesTest {

    private static final String PERIOD = "/provinces/67/periods/2024/YEAR";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeriodReportService reports;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
    }

    @Test
    void aStaleEditOfAPeriodAnswers409AndAWindowRunningBackwardsIsRefusedOnItsField() throws Exception {
        long id = jdbc.queryForObject("select id from reporting_period where year = 2024 and kind = 'H1'", Long.class);
        MockHttpServletResponse backwards = mvc.perform(post("/admin/periods/" + id)
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN).roles("ADMIN"))
                        .param("windowFrom", "15/06/2024")
                        .param("windowTo", "14/06/2023")
                        .param("dueDate", "20/06/2024")
                        .param("version", "0"))
                .andReturn()
                .getResponse();
        assertThat(backwards.getStatus()).isEqualTo(422);
        assertThat(backwards.getContentAsString()).contains("id=\"windowTo-error\"", "Ngày kết thúc kỳ số liệu");

        MockHttpServletResponse stale = mvc.perform(post("/admin/periods/" + id)
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN).roles("ADMIN"))
                        .param("windowFrom", "15/12/2023")
                        .param("windowTo", "14/06/2024")
                        .param("dueDate", "21/06/2024")
                        .param("version", "7"))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select due_date::text from reporting_period where id = ?", String.class, id))
                .isEqualTo("2024-06-20");
    }

    @Test
    void aWrittenNarrativeOffersItsAttachmentsOnItsForm() throws Exception {
        long target = reports.report("67", 2024, "YEAR", Locale.forLanguageTag("vi")).rows().stream()
                .filter(PeriodReport.Row::required)
                .findFirst()
                .orElseThrow()
                .targetId();
        String form = PERIOD + "/narratives/" + target;
        try {
            mvc.perform(post(form)
                    .with(csrf())
                    .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                    .param("assessment", "Chỉ số giảm do khảo sát muộn.")
                    .param("version", "0"));
            Long narrative =
                    jdbc.queryForObject("select id from target_narrative where target_id = ?", Long.class, target);

            String page = mvc.perform(
                            get(form).with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(page)
                    .contains("id=\"attachments-" + narrative + "\"")
                    .contains("/narratives/" + narrative + "/attachments")
                    .contains("name=\"back\" value=\"" + form + "\"");
        } finally {
            jdbc.update("delete from target_narrative where target_id = ?", target);
        }
    }

    @Test
    void anEmptyNarrativeIsRefusedOnItsFieldAndAReviewerGetsNoNarrativeForm() throws Exception {
        long target = reports.report("67", 2024, "YEAR", Locale.forLanguageTag("vi")).rows().stream()
                .filter(PeriodReport.Row::required)
                .findFirst()
                .orElseThrow()
                .targetId();
        String form = PERIOD + "/narratives/" + target;
        MockHttpServletResponse empty = mvc.perform(post(form)
                        .with(csrf())
                        .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                        .param("assessment", " ")
                        .param("version", "0"))
                .andReturn()
                .getResponse();
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("id=\"assessment-error\"");

        assertThat(mvc.perform(get(form).with(user(TestAccounts.REVIEWER).roles("VIEWER")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get(PERIOD).with(user(TestAccounts.REVIEWER).roles("VIEWER")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("narrative-link", "/submit");
    }

    @Test
    void theProvincePageShowsSignedInUsersTheYearsReportsAndNotAnonymousReaders() throws Exception {
        String signedIn = mvc.perform(get("/provinces/67?year=2024")
                        .with(user(TestAccounts.VIEWER).roles("VIEWER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(signedIn).contains("reporting-panel", "Báo cáo kỳ năm 2024", PERIOD);
        String anonymous = mvc.perform(get("/provinces/67?year=2024"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymous).doesNotContain("reporting-panel");
    }
}
