package vn.cchc.tracker.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** The provisional entry page of a province and period as the Đắk Nông editor uses it; every request rolled back. */
@ApplicationTest
@Transactional
class ProvisionalPageTest {

    private static final String PAGE = "/provinces/67/provisional/2024/H1";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApprovalService approvals;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
    }

    @Test
    void thePageListsTheIndicatorsOfTheResultsGridWithThePeriodsWindowAndTheOtherPeriods() throws Exception {
        MockHttpServletResponse response = get(PAGE, TestAccounts.EDITOR_DAK_NONG);
        String html = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(html)
                .contains(
                        "Số liệu tạm tính 6 tháng năm 2024 — Đắk Nông",
                        "Kỳ số liệu từ 15/12/2023 đến 14/06/2024, hạn báo cáo 20/06/2024.",
                        "data-indicator=\"" + SIPAS + "\"",
                        "/provinces/67/provisional/2024/Q1",
                        "/provinces/67/provisional/2024/M9")
                .doesNotContain("/provinces/67/provisional/2024/YEAR")
                .as("a provisional value has no history page of its own")
                .doesNotContain("/history/");
        assertThat(get("/provinces/67/results/2024", TestAccounts.EDITOR_DAK_NONG)
                        .getContentAsString(StandardCharsets.UTF_8))
                .as("the results grid links to the year's periods and to each value's history")
                .contains(
                        "href=\"/provinces/67/provisional/2024/H1\"",
                        "href=\"/provinces/67/results/2024/history/" + SIPAS + "\"");
    }

    @Test
    void savingStoresTheValueAtThePeriodAndRedirectsThenTheFormShowsIt() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(save(SIPAS, "84,3", "Báo cáo 6 tháng")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(PAGE);
        assertThat(get(PAGE, TestAccounts.EDITOR_DAK_NONG).getContentAsString(StandardCharsets.UTF_8))
                .contains("value=\"84,3\"", "Báo cáo 6 tháng");
    }

    @Test
    void aValueOutOfRangeGetsTheYearlyResultsMessageNextToTheFieldAndNothingIsSaved() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(save(SIPAS, "101", "Báo cáo")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Chưa lưu gì: hãy sửa các ô báo lỗi bên dưới.", "Tỷ lệ phải từ 0 đến 100.");
        assertThat(jdbc.queryForObject("select count(*) from provisional_measurement", Integer.class))
                .isZero();
    }

    @Test
    void anApprovedYearIsReadOnlyOnThePageAndASaveIsRefusedWithAMessage() throws Exception {
        approvals.approve(DAK_NONG, 2024, Actor.of(TestAccounts.ADMIN, Role.ADMIN, Set.of(), false));

        assertThat(get(PAGE, TestAccounts.EDITOR_DAK_NONG).getContentAsString(StandardCharsets.UTF_8))
                .contains("data-approval=\"approved\"", "<fieldset disabled=\"disabled\">");
        MvcResult result = mvc.perform(save(SIPAS, "84", "Báo cáo")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getFlashMap().get("problem")).isEqualTo("provisional.approved.refused");
        assertThat(jdbc.queryForObject("select count(*) from provisional_measurement", Integer.class))
                .isZero();
    }

    @Test
    void theYearsOwnPeriodAndAnUnknownOneAreNotFoundAndAnotherProvincesEditorIsRefused() throws Exception {
        assertThat(get("/provinces/67/provisional/2024/YEAR", TestAccounts.EDITOR_DAK_NONG)
                        .getStatus())
                .isEqualTo(404);
        assertThat(get("/provinces/67/provisional/2024/Q5", TestAccounts.EDITOR_DAK_NONG)
                        .getStatus())
                .isEqualTo(404);
        assertThat(get(PAGE, TestAccounts.EDITOR_BINH_DINH).getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse get(String url, String username) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                        .with(user(username).roles("EDITOR")))
                .andReturn()
                .getResponse();
    }

    private static MockHttpServletRequestBuilder save(String indicator, String value, String source) {
        return post(PAGE)
                .with(csrf())
                .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR"))
                .param("rows[0].indicatorCode", indicator)
                .param("rows[0].value", value)
                .param("rows[0].source", source);
    }
}
