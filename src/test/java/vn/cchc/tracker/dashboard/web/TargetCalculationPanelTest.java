package vn.cchc.tracker.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.documentId;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.tracker.testing.ApplicationTest;

/** The target page's "how this was computed" panel: the API's calculation, in words (issue 13). */
@ApplicationTest
class TargetCalculationPanelTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void quangTrisSipasShowsItsStartGoalPathPointsLineProjectionAndRule() throws Exception {
        String panel = panel("/targets/" + quangTriSipas() + "?year=2024&lang=en");

        assertThat(panel)
                .contains(
                        "How this was computed",
                        "76.43% (earliest result, 2022)",
                        "85%",
                        "by 2024 it should be at 82.1433%; behind the straight path by 2.68%",
                        "35.4%",
                        "2022: 76.43%; 2023: 79.46%",
                        "value = -6,050.23 + 3.03 × year",
                        "85.52% in 2025; projected: 106.1% of the way by the deadline",
                        "rule 6: On track");
    }

    @Test
    void aClosedTargetSaysWhichRuleClosedIt() throws Exception {
        String panel = panel("/targets/" + quangTriSipas() + "?year=2025");

        assertThat(panel).contains("Cách tính", "quy tắc 3: Không còn theo dõi");
    }

    private long quangTriSipas() {
        return jdbc.queryForObject(
                "select id from target where document_id = ? and indicator_code = 'SIPAS'",
                Long.class,
                documentId(jdbc, QUANG_TRI_RESOLUTION));
    }

    private String panel(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String html = HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
        int start = html.indexOf("id=\"calculation\"");
        assertThat(start).as("the panel").isPositive();
        return html.substring(start, html.indexOf("</section>", start));
    }
}
