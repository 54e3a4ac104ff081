package vn.cchc.tracker.explanation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.targetId;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** The explanation pages: the reviewers' form on the target page, the editor's start page, the reply and the list. */
@ApplicationTest
@Transactional
class ExplanationPagesTest {

    private static final RequestPostProcessor EDITOR =
            user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR");
    private static final RequestPostProcessor OTHER_EDITOR =
            user(TestAccounts.EDITOR_BINH_DINH).roles("EDITOR");
    private static final RequestPostProcessor REVIEWER =
            user(TestAccounts.REVIEWER).roles("VIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    long target;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
        target = targetId(jdbc, DAK_NONG_RESOLUTION, 1);
    }

    @Test
    void aReviewerSeesTheFormWithTheYearOnTheTargetPageAndOthersDoNot() throws Exception {
        String reviewer = page("/targets/" + target + "?year=2024", REVIEWER);
        String anonymous = mvc.perform(get("/targets/" + target + "?year=2024"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String editor = page("/targets/" + target + "?year=2024", EDITOR);

        assertThat(reviewer)
                .contains("action=\"/targets/" + target + "/explanations\"")
                .contains("name=\"year\" value=\"2024\"")
                .contains("(năm 2024)");
        assertThat(anonymous).doesNotContain("/explanations\"");
        assertThat(editor).doesNotContain("action=\"/targets/" + target + "/explanations\"");
    }

    @Test
    void aReviewerAsksAndIsSentBackToTheTargetOfThatYear() throws Exception {
        MvcResult asked = ask("2024", "Vì sao chỉ số giảm?");

        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/targets/" + target + "?year=2024#explanations");
        assertThat(asked.getFlashMap().get("notice")).isEqualTo("explanation.notice.asked");
        assertThat(open()).isEqualTo(1);
    }

    @Test
    void anEmptyQuestionComesBackToTheTargetPageWithTheProblemAndNothingIsAsked() throws Exception {
        MvcResult asked = ask("2024", "   ");

        assertThat(asked.getResponse().getRedirectedUrl()).startsWith("/targets/" + target);
        assertThat(asked.getFlashMap().get("explanationProblems")).isEqualTo(List.of("Trường này là bắt buộc."));
        assertThat(open()).isZero();
    }

    @Test
    void theEditorSeesTheOpenRequestOnTheStartPageRepliesAndTheReviewerReadsTheAnswerInTheList() throws Exception {
        ask("2024", "Vì sao chỉ số giảm?");
        long id = jdbc.queryForObject("select max(id) from explanation_request", Long.class);

        assertThat(page("/", EDITOR)).contains("id=\"open-explanations\"").contains("/explanations/" + id);
        assertThat(page("/", OTHER_EDITOR)).doesNotContain("id=\"open-explanations\"");
        assertThat(page("/explanations/" + id, EDITOR))
                .contains("name=\"reply\"")
                .contains("name=\"version\"");

        MvcResult replied = mvc.perform(post("/explanations/" + id)
                        .param("version", "0")
                        .param("reply", "Do khảo sát SIPAS lùi sang quý IV.")
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn();

        assertThat(replied.getResponse().getRedirectedUrl()).isEqualTo("/explanations/" + id);
        assertThat(replied.getFlashMap().get("notice")).isEqualTo("explanation.notice.replied");
        assertThat(page("/", EDITOR)).doesNotContain("id=\"open-explanations\"");
        String list = page("/explanations?state=ANSWERED", REVIEWER);
        assertThat(list)
                .contains("Do khảo sát SIPAS lùi sang quý IV.")
                .contains("trả lời trong ngày")
                .contains("data-state=\"ANSWERED\"");
        assertThat(page("/explanations?state=OPEN", REVIEWER)).doesNotContain("data-id=\"" + id + "\"");
    }

    @Test
    void aBlankReplyIsShownNextToTheFieldAndAStaleOneAnswers409() throws Exception {
        ask("2024", "Vì sao?");
        long id = jdbc.queryForObject("select max(id) from explanation_request", Long.class);

        MockHttpServletResponse blank = mvc.perform(post("/explanations/" + id)
                        .param("version", "0")
                        .param("reply", " ")
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(blank.getContentAsString()).contains("id=\"reply-error\"");

        jdbc.update("update explanation_request set version = version + 1 where id = ?", id);
        MockHttpServletResponse stale = mvc.perform(post("/explanations/" + id)
                        .param("version", "0")
                        .param("reply", "Trả lời")
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("name=\"version\" value=\"1\"");
    }

    @Test
    void theListShowsAnEditorOnlyTheirProvincesAndAnotherProvinceCannotOpenTheRequest() throws Exception {
        ask("2024", "Vì sao?");
        long id = jdbc.queryForObject("select max(id) from explanation_request", Long.class);

        assertThat(page("/explanations", EDITOR)).contains("data-id=\"" + id + "\"");
        assertThat(page("/explanations", OTHER_EDITOR)).doesNotContain("data-id=\"" + id + "\"");
        assertThat(mvc.perform(get("/explanations/" + id).with(OTHER_EDITOR))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/explanations")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
    }

    @Test
    void theAgeIsWordedInBothLanguages() throws Exception {
        Instant now = clock.instant();
        jdbc.update(
                """
                insert into explanation_request (target_id, year, question, requested_by, requested_at)
                values (?, 2024, 'Một ngày?', 'test.reviewer', ?), (?, 2024, 'Ba ngày?', 'test.reviewer', ?)""",
                target,
                Timestamp.from(now.minus(Duration.ofDays(1))),
                target,
                Timestamp.from(now.minus(Duration.ofDays(3))));

        String english = page("/explanations?lang=en", REVIEWER);
        String vietnamese = page("/explanations?lang=vi", REVIEWER);

        assertThat(english).contains("open for 1 day<").contains("open for 3 days<");
        assertThat(vietnamese).contains("đã chờ 1 ngày<").contains("đã chờ 3 ngày<");
    }

    private MvcResult ask(String year, String question) throws Exception {
        return mvc.perform(post("/targets/" + target + "/explanations")
                        .param("year", year)
                        .param("question", question)
                        .with(REVIEWER)
                        .with(csrf()))
                .andReturn();
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(url).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private int open() {
        return jdbc.queryForObject(
                "select count(*) from explanation_request where target_id = ? and reply is null",
                Integer.class,
                target);
    }
}
