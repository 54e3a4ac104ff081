package vn.cchc.tracker.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.tracker.testing.ApplicationTest;

/** The successor's scorecard and the overview after the merger list the predecessors' goals (issue 13, rule 3). */
@ApplicationTest
class PredecessorGoalsPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void lamDongsScorecardListsDakNongsGoalsClosedWithTheirStatuses() throws Exception {
        String section = section(page("/provinces/68?year=2026"));

        assertThat(section)
                .contains(
                        "Chỉ tiêu của đơn vị trước sắp xếp",
                        "Đắk Nông (67)",
                        "data-status=\"CLOSED\"",
                        "Không còn theo dõi",
                        "kết quả cuối: 81,21% (2023)",
                        "Lâm Đồng (68): chưa có kết quả");
        // each goal once: 31 goals of Đắk Nông's 33 targets
        assertThat(section.split("data-predecessor-target=", -1)).hasSize(1 + 31);
    }

    @Test
    @Transactional
    void theSuccessorsOwnResultStandsBesideForInformation() throws Exception {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', 2025, 88.5, 'test', 'test', 'test' from province
                where code = '68' and valid_from = date '2025-07-01'""");

        String section = section(page("/provinces/68?year=2026"));

        // beside Đắk Nông's goals, which stay closed: never judged against the successor's result
        assertThat(section).contains("Lâm Đồng (68): 88,5% (2025)");
        // 31 goals: the two rank goals met before the merger, the other 29 closed, SIPAS ≥ 90% included
        assertThat(section.split("data-status=\"CLOSED\"", -1)).hasSize(1 + 2 * 29); // the row and its chip
    }

    @Test
    void theOverviewAfterTheMergerListsThePredecessorsGoalsUnderTheirSuccessors() throws Exception {
        String section = section(page("/?year=2026"));

        assertThat(section).contains("Đắk Nông (67)", "Quảng Trị (45)", "Bình Định (52)", "data-successor=\"44\"");
    }

    @Test
    void noSectionBeforeTheMerger() throws Exception {
        assertThat(page("/provinces/67?year=2024")).doesNotContain("predecessor-goals");
        assertThat(page("/?year=2024")).doesNotContain("predecessor-goals");
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String section(String html) {
        int start = html.indexOf("id=\"predecessor-goals\"");
        assertThat(start).as("the predecessors' section").isPositive();
        return HtmlUtils.htmlUnescape(html.substring(start, html.indexOf("</section>", start)));
    }
}
