package vn.cchc.tracker.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI_RESOLUTION;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.ShippedData;

/**
 * National context beside a value on the scorecard and the target page (shipped data): Quảng Trị's PAPI total 2024,
 * 44.7473, is 14th of the 61 scored; its PAPI rank and group of 2024 are computed from that table.
 */
@ApplicationTest
class NationalContextPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theOverviewOf2024RanksAllFourProvincesAmongEveryProvinceScoredOnPapi() throws Exception {
        String html = page("/?year=2024");
        String table = html.substring(html.indexOf("<table class=\"table overview-table"));
        table = table.substring(0, table.indexOf("</table>"));

        // Đắk Nông, Bình Định, Quảng Trị, Thừa Thiên Huế: each ranked among the 61 PAPI totals of 2024
        for (String code : List.of("67", "52", "45", "46")) {
            Matcher row = Pattern.compile("<tr data-province-code=\"" + code + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                    .matcher(table);
            assertThat(row.find()).as("row of %s", code).isTrue();
            Matcher papi = Pattern.compile("data-indicator=\"PAPI_SCORE\">(.*?)</td>", Pattern.DOTALL)
                    .matcher(row.group(1));
            assertThat(papi.find()).as("PAPI of %s", code).isTrue();
            assertThat(papi.group(1))
                    .as("PAPI of %s", code)
                    .containsPattern("hạng \\d+/61")
                    .contains("(2024)");
        }
    }

    @Test
    void theScorecardsHeadlineSetsTheComputedPapiGroupInTheNationalTable() throws Exception {
        String html = page("/provinces/45?year=2024");

        int papi = html.indexOf("data-indicator=\"PAPI_GROUP\"");
        String item = html.substring(papi, html.indexOf("</div>", papi));
        assertThat(item).contains("cao nhất", "(2024)", "computed-mark");
        assertThat(item).contains("Chỉ số PAPI – tổng điểm 44,7473 điểm: hạng 14/61; toàn quốc: trung vị 43,4796 điểm");
    }

    @Test
    void theTargetPageShowsTheComputedRankOfNAndTheScoresNationalTable() throws Exception {
        long papiRank = ShippedData.targetId(jdbc, QUANG_TRI_RESOLUTION, 4);

        String html = page("/targets/" + papiRank + "?year=2024");

        int row = html.indexOf("data-year=\"2024\"");
        String cells = html.substring(row, html.indexOf("</tr>", row));
        assertThat(cells).contains("hạng 14/61", "computed-standing");
        assertThat(cells).contains("hạng 14/61; toàn quốc: trung vị 43,4796", "cao nhất 47,8212", "thấp nhất 39,9122");
        // a published rank (2023: 26) is not marked computed
        int published = html.indexOf("data-year=\"2023\"");
        assertThat(html.substring(published, html.indexOf("</tr>", published))).doesNotContain("computed-standing");
    }
}
