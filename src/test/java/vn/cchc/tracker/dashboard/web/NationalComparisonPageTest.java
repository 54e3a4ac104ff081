package vn.cchc.tracker.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.tracker.support.web.PageCacheFilter;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.SqlStatementCounter;
import vn.cchc.tracker.testing.TestAccounts;

/**
 * The comparison at national scale on the shipped results: the national band behind a handful of provinces, every
 * province ranked, the regions as quick groups, and a reader's own province first.
 */
@ApplicationTest
class NationalComparisonPageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ROW =
            Pattern.compile("<tr[^>]*? data-province-code=\"(\\d+)\" data-rank=\"(\\d+)\"([^>]*)>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PageCacheFilter pageCache;

    @BeforeEach
    void fullRenderings() {
        pageCache.clear();
    }

    @Test
    void pciIsDrawnAsTheNationalBandWithTheFourDocumentedProvincesAsLines() throws Exception {
        String html = page(get("/compare?indicator=PCI_SCORE&year=2020"));
        JsonNode chart = chart(html);

        List<String> measured = new ArrayList<>();
        chart.get("lines").forEach(l -> {
            if (l.get("role").asString().equals("measured")) {
                measured.add(l.get("label").asString());
            }
        });
        assertThat(measured).containsExactly("Quảng Trị", "Thừa Thiên Huế", "Bình Định", "Đắk Nông");
        JsonNode median = line(chart, "national-median");
        assertThat(median.get("points").valueStream().map(p -> p.get("x").asInt()))
                .containsExactly(2017, 2018, 2019, 2020);
        BigDecimal median2020 = jdbc.queryForObject(
                "select percentile_cont(0.5) within group (order by value_number) from measurement"
                        + " where indicator_code = 'PCI_SCORE' and year = 2020",
                BigDecimal.class);
        assertThat(new BigDecimal(median.get("points").get(3).get("y").asString()))
                .isEqualByComparingTo(median2020);
        // the lower quartile comes just before the upper one: the chart fills the band between them
        List<String> roles = chart.get("lines")
                .valueStream()
                .map(l -> l.get("role").asString())
                .toList();
        assertThat(roles.indexOf("national-q3")).isEqualTo(roles.indexOf("national-q1") + 1);
    }

    @Test
    void theRankingTableHoldsEveryProvinceInTheOrderOfItsValues() throws Exception {
        String html = page(get("/compare?indicator=PCI_SCORE&year=2024"));

        assertThat(html).contains("Xếp hạng năm 2020 (63 tỉnh, thành phố có số liệu)");
        List<String[]> rows = rows(html);
        List<String> expected = jdbc.queryForList(
                "select p.code from measurement m join province p on p.id = m.province_id"
                        + " where m.indicator_code = 'PCI_SCORE' and m.year = 2020 order by m.value_number desc",
                String.class);
        assertThat(rows).hasSize(63);
        assertThat(rows.stream().map(r -> Integer.parseInt(r[1]))).isSorted();
        assertThat(rows.get(0)[0]).isEqualTo(expected.get(0));
        assertThat(rows.get(62)[0]).isEqualTo(expected.get(62));
        assertThat(html).contains("hạng 1/63");
        // every rank here is computed from the year's scores, and the column says so
        assertThat(html)
                .containsPattern("<abbr class=\"computed-mark computed-rank\"\\s+title=\"Thứ hạng tính từ số liệu của"
                        + " mọi tỉnh, thành phố có số liệu năm đó \\(giá trị tính toán\\)\">\\*</abbr>");
        assertThat(html).containsPattern("<tr data-province-code=\"67\" data-rank=\"\\d+\" class=\"is-chosen\">");

        List<String[]> byName = rows(page(get("/compare?indicator=PCI_SCORE&year=2024&sort=name")));
        assertThat(byName.get(0)[0]).as("An Giang first").isEqualTo("89");
        List<String[]> byChange = rows(page(get("/compare?indicator=PCI_SCORE&year=2024&sort=change")));
        assertThat(byChange).hasSize(63).isNotEqualTo(rows);
    }

    @Test
    void theSixRegionsAreQuickGroupsAndThePickerGroupsTheProvincesByRegion() throws Exception {
        String html = page(get("/compare?indicator=PCI_SCORE&year=2020"));

        assertThat(html)
                .contains(">Tây Nguyên (5)</a>", ">Đồng bằng sông Cửu Long (13)</a>", ">Đồng bằng sông Hồng (11)</a>")
                .contains("province=62&amp;province=64&amp;province=66&amp;province=67&amp;province=68&amp;year=2020");
        assertThat(html)
                .contains("<legend class=\"picker-region-title\">Bắc Trung Bộ và Duyên hải miền Trung</legend>");
    }

    @Test
    void theRegionPickerOffersOnlyTheUnitsOfTheChosenYearBesideTheSelection() throws Exception {
        String in2026 = page(get("/compare?indicator=PCI_SCORE&year=2026&province=46"));

        // Gia Lai (64) and Đắk Nông (67) were merged away on 01/07/2025: in the PCI tables, not in 2026's picker
        assertThat(in2026).contains("id=\"pick-46\"").doesNotContain("id=\"pick-64\"", "id=\"pick-67\"");
        // a unit asked for stays offered so it can be deselected
        assertThat(page(get("/compare?indicator=PCI_SCORE&year=2026&province=67")))
                .contains("id=\"pick-67\"");
        assertThat(page(get("/compare?indicator=PCI_SCORE&year=2020"))).contains("id=\"pick-64\"", "id=\"pick-67\"");
    }

    @Test
    void anEditorsComparisonOpensOnTheirOwnProvince() throws Exception {
        String html = page(get("/compare?indicator=PCI_SCORE&year=2020").with(user(TestAccounts.EDITOR_DAK_NONG)));

        List<String> measured = new ArrayList<>();
        chart(html).get("lines").forEach(l -> {
            if (l.get("role").asString().equals("measured")) {
                measured.add(l.get("label").asString());
            }
        });
        assertThat(measured).containsExactly("Đắk Nông");
    }

    @Test
    @Transactional // the extra documents and values are rolled back
    void withMoreThanAHandfulOfTrackedProvincesThePageOpensOnFourAndItsTableHoldsOnlyThem() throws Exception {
        // three more provinces with documents (seven tracked); Hồ Chí Minh City (79) with a SIPAS value, Hà Nội (01)
        // and Lào Cai (10) without
        jdbc.update("""
                insert into document (province_id, number, kind, issuing_body, issue_date, title, source)
                select id, 'TEST-' || code, 'PLAN', 'test', date '2024-01-01', 'test', 'test' from province
                where code in ('01', '10', '79')""");
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                         created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', 2023, 84.5, 'test', 'test', 'test' from province where code = '79'""");

        String html = page(get("/compare?indicator=SIPAS&year=2024"));

        // those with SIPAS targets (45, 46, 67), then the one with values: never all seven
        int from = html.indexOf("id=\"compare-table\"");
        String table = html.substring(from, html.indexOf("</table>", from));
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<tr data-province-code=\"(\\d+)\"").matcher(table);
        while (m.find()) {
            rows.add(m.group(1));
        }
        assertThat(rows).containsExactly("45", "46", "67", "79");
        List<String> measured = new ArrayList<>();
        chart(html).get("lines").forEach(l -> {
            if (l.get("role").asString().equals("measured")) {
                measured.add(l.get("label").asString());
            }
        });
        assertThat(measured).containsExactly("Quảng Trị", "Đắk Nông", "Hồ Chí Minh");
        // the other tracked provinces are offered in the picker, not compared
        assertThat(html).contains("id=\"pick-01\"", "id=\"pick-10\"");
    }

    @Test
    void theComparisonSendsAsManyStatementsForAllProvincesAsForAHandful() throws Exception {
        long handful = statements("/compare?indicator=PCI_SCORE&year=2020");
        String all = "/compare?indicator=PCI_SCORE&year=2020"
                + jdbc.queryForList("select distinct code from province", String.class).stream()
                        .map(c -> "&province=" + c)
                        .reduce("", String::concat);
        assertThat(statements(all)).isEqualTo(handful).isLessThanOrEqualTo(12);
    }

    private long statements(String url) {
        pageCache.clear();
        return SqlStatementCounter.count(() -> page(get(url)));
    }

    private static List<String[]> rows(String html) {
        String table = html.substring(
                html.indexOf("id=\"ranking-table\""), html.indexOf("</table>", html.indexOf("id=\"ranking-table\"")));
        List<String[]> rows = new ArrayList<>();
        Matcher m = ROW.matcher(table);
        while (m.find()) {
            rows.add(new String[] {m.group(1), m.group(2)});
        }
        return rows;
    }

    private static JsonNode line(JsonNode chart, String role) {
        return chart.get("lines")
                .valueStream()
                .filter(l -> l.get("role").asString().equals(role))
                .findFirst()
                .orElseThrow();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static JsonNode chart(String html) {
        String start = "<script type=\"application/json\" id=\"compare-chart-data\">";
        int from = html.indexOf(start) + start.length();
        return JSON.readTree(html.substring(from, html.indexOf("</script>", from)));
    }
}
