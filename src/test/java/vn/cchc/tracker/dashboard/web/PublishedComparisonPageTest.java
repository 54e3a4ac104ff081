package vn.cchc.tracker.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.tracker.testing.ApplicationTest;

/** The comparison and the sources page on the shipped national results (db/shipped/V61). */
@ApplicationTest
class PublishedComparisonPageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void pciComparesAllSixtyThreeProvincesFrom2017To2020WithTheNationalContext() throws Exception {
        String opened = page("/compare?indicator=PCI_SCORE&year=2020");
        Matcher all = Pattern.compile("id=\"compare-all\" href=\"([^\"]+)\"").matcher(opened);
        assertThat(all.find()).isTrue();
        String html = page(all.group(1).replace("&amp;", "&"));

        JsonNode chart = chart(html);
        List<String> measured = new ArrayList<>();
        chart.get("lines").forEach(l -> {
            if (l.get("role").asString().equals("measured")) {
                measured.add(l.get("label").asString());
            }
        });
        assertThat(measured).hasSize(63);
        assertThat(chart.get("xMin").asInt()).isEqualTo(2017);
        assertThat(chart.get("xMax").asInt()).isGreaterThanOrEqualTo(2020);
        assertThat(html).contains("63 tỉnh có số liệu: trung vị").contains("hạng ");
        // every value links to its source
        assertThat(html).contains("href=\"https://github.com/mdtrinh/vietnam_elections/blob/");
    }

    @Test
    void thePapiComparisonMarksThe2018ChangeOfMethodAndTheComputedTotals() throws Exception {
        String html = page("/compare?indicator=PAPI_SCORE&province=67&year=2024");
        assertThat(html).contains("data-method-break=\"2018\"").contains("2018: Từ năm 2018 PAPI có 8 chỉ số");
        assertThat(html).contains("class=\"computed-mark\"");
        assertThat(chart(html).get("breaks").get(0).get("year").asInt()).isEqualTo(2018);
    }

    @Test
    void theSourcesPageListsThePublishersWithTheirCounts() throws Exception {
        String html = page("/sources");
        assertThat(html).contains("data-publisher=\"VCCI\"").contains("data-publisher=\"UNDP\"");
        assertThat(html).contains("VCCI – PCI 2019, bảng xếp hạng");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static JsonNode chart(String html) {
        String start = "<script type=\"application/json\" id=\"compare-chart-data\">";
        int from = html.indexOf(start) + start.length();
        return JSON.readTree(html.substring(from, html.indexOf("</script>", from)));
    }
}
