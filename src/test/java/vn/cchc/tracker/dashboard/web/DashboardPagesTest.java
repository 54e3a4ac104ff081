package vn.cchc.tracker.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.ShippedData.BAO_DAK_NONG_2024;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.HUE_DECISION;
import static vn.cchc.tracker.testing.ShippedData.LAM_DONG;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI;
import static vn.cchc.tracker.testing.ShippedData.SIPAS;
import static vn.cchc.tracker.testing.ShippedData.documentId;
import static vn.cchc.tracker.testing.ShippedData.sipas2025TargetId;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.support.web.PageCacheFilter;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.SqlStatementCounter;

/**
 * The four dashboards rendered by the server on the shipped data. Every request names its year, so nothing here
 * depends on today's date; the browser tests (*BrowserIT) check the default year with a fixed clock.
 */
@ApplicationTest
class DashboardPagesTest {

    private static final Pattern ROW =
            Pattern.compile("<tr[^>]*\\sdata-target-id=\"(\\d+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** An area cell of the overview: code, area, share in percent, goals met or on track, goals. */
    private static final Pattern AREA_CELL = Pattern.compile(
            "<a href=\"/provinces/(\\d+)\\?area=([A-Z_]+)&amp;year=\\d+\">(\\d+)\u00a0%\u00a0· (\\d+)/<wbr>(\\d+)</a>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PageCacheFilter pageCache;

    // --- overview ---------------------------------------------------------------------------------------------

    @Test
    void theHomePageIsTheOverviewOfTheUnitsOfTheYear() throws Exception {
        String matrix = section(page("/?year=2024"), "<table class=\"table overview-table", "</table>");

        assertThat(matrix).contains(">Quảng Trị</a>", ">Thừa Thiên Huế</a>", ">Bình Định</a>", ">Đắk Nông</a>");
        assertThat(attributeValues(matrix, "tr", "data-province-code"))
                .hasSize(63)
                .contains(QUANG_TRI, HUE, BINH_DINH, DAK_NONG)
                .doesNotHaveDuplicates();
    }

    @Test
    void theOverviewOfTheCurrentYearListsTheThirtyFourUnitsNotTheEndedOnes() throws Exception {
        String matrix = section(page("/?year=2026"), "<table class=\"table overview-table", "</table>");

        assertThat(attributeValues(matrix, "tr", "data-province-code"))
                .hasSize(34)
                .contains(BINH_DINH, "44", HUE, LAM_DONG)
                .doesNotContain(DAK_NONG, QUANG_TRI, "64");
        assertThat(matrix).contains(">Gia Lai</a>", ">Lâm Đồng</a>").doesNotContain(">Đắk Nông</a>", ">Bình Định</a>");
    }

    @Test
    void theOverviewOf2025ListsTheEndedAndTheNewUnitsWithANote() throws Exception {
        String matrix = section(page("/?year=2025"), "<table class=\"table overview-table", "</table>");

        // 63 units on 30/06/2025 and 34 from 01/07/2025; ten unchanged provinces and Huế are among both
        assertThat(attributeValues(matrix, "tr", "data-province-code")).hasSize(63 + 34 - 11);
        assertThat(matrix)
                .contains(
                        ">Đắk Nông</a>",
                        "đến 30/06/2025, nay thuộc Lâm Đồng (68)",
                        ">Bình Định</a>",
                        "đến 30/06/2025, nay thuộc Gia Lai (52)",
                        ">Gia Lai</a>",
                        "từ 01/07/2025",
                        "href=\"/provinces/52?year=2024\"");
    }

    @Test
    void eachCellCountsThatProvincesGoalsOfThatReformArea() throws Exception {
        String matrix = section(page("/?year=2024"), "<table class=\"table overview-table", "</table>");
        Map<String, Integer> expected = new HashMap<>();
        jdbc.query("""
                select p.code, i.reform_area_code,
                       count(distinct (d.province_id, t.indicator_code, t.comparison, t.threshold_value,
                                       t.threshold_level, t.deadline_year, t.baseline_year, t.baseline_value))
                from target t join document d on d.id = t.document_id
                  join province p on p.id = d.province_id join indicator i on i.code = t.indicator_code
                group by p.code, i.reform_area_code""", rs -> {
            expected.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
        });

        Map<String, Integer> shown = new HashMap<>();
        Matcher cell = AREA_CELL.matcher(matrix);
        while (cell.find()) {
            shown.put(cell.group(1) + "/" + cell.group(2), Integer.parseInt(cell.group(5)));
        }
        assertThat(shown).isEqualTo(expected);
        // 72 targets, 70 goals: Đắk Nông's two SIPAS goals are each set twice (issue 13, rule 8)
        assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(70);
    }

    @Test
    void eachCellIsTheShareOfGoalsMetOrOnTrackAsTheAttainmentApiCountsThem() throws Exception {
        String matrix = section(page("/?year=2024"), "<table class=\"table overview-table", "</table>");
        Map<String, String> areaOf = new HashMap<>();
        jdbc.query("select code, reform_area_code from indicator", rs -> {
            areaOf.put(rs.getString(1), rs.getString(2));
        });
        Map<String, int[]> api = new HashMap<>(); // province/area → met or on track, goals
        Set<Long> goals = new HashSet<>(); // goals, not targets (issue 13, rule 8)
        for (JsonNode target : JSON.readTree(body("/api/v1/attainment?year=2024"))) {
            if (!goals.add(target.get("goalId").asLong())) {
                continue;
            }
            int[] counts = api.computeIfAbsent(
                    target.get("provinceCode").asString() + "/"
                            + areaOf.get(target.get("indicatorCode").asString()),
                    k -> new int[2]);
            String status = target.get("status").asString();
            counts[0] += status.equals("MET") || status.equals("ON_TRACK") ? 1 : 0;
            counts[1]++;
        }

        Map<String, String> shown = new HashMap<>();
        Matcher cell = AREA_CELL.matcher(matrix);
        while (cell.find()) {
            shown.put(cell.group(1) + "/" + cell.group(2), cell.group(4) + "/" + cell.group(5));
            assertThat(Integer.parseInt(cell.group(3)))
                    .as("share of %s/%s", cell.group(1), cell.group(2))
                    .isEqualTo(Math.round(100f * Integer.parseInt(cell.group(4)) / Integer.parseInt(cell.group(5))));
        }
        Map<String, String> expected = new HashMap<>();
        api.forEach((key, counts) -> expected.put(key, counts[0] + "/" + counts[1]));
        assertThat(shown).isNotEmpty().isEqualTo(expected);
    }

    @Test
    void theTotalsStatusCountsAreTheAttainmentApisCounts() throws Exception {
        String matrix = section(page("/?year=2024"), "<table class=\"table overview-table", "</table>");
        Map<String, AttainmentStatus> bySymbol = new HashMap<>();
        for (AttainmentStatus status : AttainmentStatus.values()) {
            bySymbol.put(status.symbol(), status);
        }
        Map<String, Integer> shown = new HashMap<>();
        Matcher row = Pattern.compile("<tr data-province-code=\"(\\d+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(matrix);
        while (row.find()) {
            Matcher total = Pattern.compile(
                            "<td class=\"tot [a-z]+\">.*?<small\\s+aria-hidden=\"true\">(.*?)</small>", Pattern.DOTALL)
                    .matcher(row.group(2));
            if (total.find()) {
                Matcher count = Pattern.compile("(\\S)(\\d+)").matcher(total.group(1));
                while (count.find()) {
                    shown.merge(
                            row.group(1) + "/" + bySymbol.get(count.group(1)),
                            Integer.parseInt(count.group(2)),
                            Integer::sum);
                }
            }
        }

        Map<String, Set<Long>> api = new HashMap<>(); // goals, not targets (issue 13, rule 8)
        for (JsonNode target : JSON.readTree(body("/api/v1/attainment?year=2024"))) {
            api.computeIfAbsent(
                            target.get("provinceCode").asString() + "/"
                                    + target.get("status").asString(),
                            k -> new HashSet<>())
                    .add(target.get("goalId").asLong());
        }
        Map<String, Integer> goals = new HashMap<>();
        api.forEach((key, ids) -> goals.put(key, ids.size()));
        assertThat(shown).isEqualTo(goals);
        // Đắk Nông's SIPAS goals (≥ 90% by 2025, ≥ 95% by 2030), each set by two targets, count once each
        assertThat(shown).containsEntry("67/OFF_TRACK", 2);
    }

    @Test
    void theNationalLineCountsEveryGoalOfTheYearAndProvincesWithoutTargetsSaySo() throws Exception {
        String html = page("/?year=2024");

        String national = section(html, "<tr id=\"national-row\"", "</tr>");
        assertThat(national).contains("Toàn quốc").containsPattern("\\d+\u00a0%\u00a0· \\d+/<wbr>70<");
        // Hà Nội has no recorded target: its line says so once, then its headline indices
        String haNoi = section(html, "<tr data-province-code=\"01\"", "</tr>");
        assertThat(haNoi).contains("Chưa ghi nhận chỉ tiêu").doesNotContain("?area=");
        assertThat(haNoi).contains("data-indicator=\"PAPI_SCORE\"", "hạng ");
    }

    @Test
    void aRegionLeavesOnlyItsUnitsAndAnUnknownRegionIsA400Page() throws Exception {
        String matrix = section(
                page("/?year=2024&region=CENTRAL_HIGHLANDS"), "<table class=\"table overview-table", "</table>");

        // Tây Nguyên: Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông, Lâm Đồng
        assertThat(attributeValues(matrix, "tr", "data-province-code"))
                .containsExactlyInAnyOrder("62", "64", "66", "67", "68");
        assertThat(matrix).contains("id=\"region-row\"", "id=\"national-row\"");
        assertThat(status("/?year=2024&region=ATLANTIS")).isEqualTo(400);
    }

    @Test
    void sortingByAnAreaOrdersTheLinesByTheirShareThere() throws Exception {
        String matrix =
                section(page("/?year=2024&sort=DIGITAL_GOVERNMENT"), "<table class=\"table overview-table", "</table>");

        List<Double> shares = new ArrayList<>();
        Matcher cell = AREA_CELL.matcher(matrix);
        while (cell.find()) {
            if (cell.group(2).equals("DIGITAL_GOVERNMENT")) {
                shares.add((double) Integer.parseInt(cell.group(4)) / Integer.parseInt(cell.group(5)));
            }
        }
        assertThat(shares).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(matrix).contains("aria-sort=\"descending\"");
    }

    @Test
    void eachCellLinksToTheScorecardFilteredOnItsArea() throws Exception {
        String html = page("/?year=2024");

        assertThat(html)
                .contains(
                        "href=\"/provinces/67?area=DIGITAL_GOVERNMENT&amp;year=2024\"",
                        "href=\"/provinces/46?area=INSTITUTIONS&amp;year=2024\"",
                        "href=\"/provinces/52?year=2024\"");
    }

    @Test
    void theHeadlineIndicesShowTheLatestStandingUpToTheYearWithItsYear() throws Exception {
        // the shipped SIPAS table holds a few provinces: no rank of N, the score itself
        assertThat(headlineCell(page("/?year=2024"), DAK_NONG, SIPAS)).contains("81,21%", "(2023)");
        assertThat(headlineCell(page("/?year=2022"), DAK_NONG, SIPAS)).contains("80,09%", "(2022)");
        assertThat(headlineCell(page("/?year=2021"), DAK_NONG, SIPAS)).isEmpty();
        // Quảng Trị's PAR Index rank is published from 2022 on
        assertThat(headlineCell(page("/?year=2024"), QUANG_TRI, "PAR_INDEX_SCORE"))
                .contains("hạng 41", "(2023)");
        assertThat(headlineCell(page("/?year=2021"), QUANG_TRI, "PAR_INDEX_SCORE"))
                .isEmpty();
        // PAPI: every province scored in 2024, ranked among the 61 (the comparison's ranking), with the place mark
        assertThat(headlineCell(page("/?year=2024"), QUANG_TRI, "PAPI_SCORE"))
                .contains("hạng 14/61", "(2024)", "class=\"pos p");
    }

    @Test
    void englishWritesNumbersTheEnglishWay() throws Exception {
        String html = page("/?year=2024&lang=en");

        assertThat(html)
                .contains(
                        "<html lang=\"en\"",
                        "Administrative reform overview",
                        "Goals by reform area and headline indices");
        assertThat(headlineCell(html, DAK_NONG, SIPAS)).contains("81.21%").doesNotContain("81,21");
    }

    @Test
    void aYearThatIsNotOneIsA400Page() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/").param("year", "soon")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Năm “soon” không hợp lệ");
    }

    // --- scorecard --------------------------------------------------------------------------------------------

    @Test
    void dakNongsScorecardFor2024ShowsSipasNinetyBy2025OffTrackAt8121In2023() throws Exception {
        String row = targetRows(page("/provinces/67?year=2024")).get(sipas2025TargetId(jdbc));

        assertThat(row)
                .contains(
                        "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
                        "≥ 90%",
                        "đến năm 2025",
                        "81,21%",
                        "(2023)",
                        "Chậm tiến độ",
                        "data-status=\"OFF_TRACK\"",
                        "11% chặng đường đến nay", // so far; the sentence beside it gives the projected 34%
                        "dự báo 34% chặng đường khi đến hạn",
                        "href=\"/targets/" + sipas2025TargetId(jdbc) + "?year=2024\"");
        assertThat(row).containsPattern("<progress[^>]*value=\"11\"");
        assertThat(row)
                .containsPattern("<svg[^>]*class=\"sparkline\"[^>]*aria-label=\"Số liệu: 2022: 80,09%; 2023: 81,21%\"");
        assertThat(row).contains("<polyline class=\"spark-line\"", "class=\"spark-goal\"");
    }

    @Test
    void theScorecardGroupsEveryTargetByReformAreaInTheAreasOrder() throws Exception {
        String html = page("/provinces/67?year=2024");

        assertThat(targetRows(html)).hasSize(31); // 33 targets, 31 goals: the SIPAS goals are each set twice
        assertThat(attributeValues(html, "section", "data-area"))
                .containsExactly(
                        "DIRECTION",
                        "PROCEDURES",
                        "APPARATUS",
                        "CIVIL_SERVICE",
                        "PUBLIC_FINANCE",
                        "DIGITAL_GOVERNMENT");
        assertThat(html).contains("Đang hiển thị 31 trên 31 chỉ tiêu.");
    }

    @Test
    void aProvincePageShowsOnlyItsOwnUnitsHeadlineValues() throws Exception {
        // 68 in 2024 is the old Lâm Đồng, whose PCI group 2021 was published; the new Lâm Đồng began on 01/07/2025
        String before = section(page("/provinces/68?year=2024"), "id=\"headline-heading\"", "</section>");
        String after = section(page("/provinces/68?year=2026"), "id=\"headline-heading\"", "</section>");

        assertThat(before).contains("khá", "(2021)");
        assertThat(after).doesNotContain("khá", "(2021)");
    }

    @Test
    void theStatusCountsAtTheTopCountTheChosenAreaAndLinkToEachStatus() throws Exception {
        String counts = section(page("/provinces/67?year=2024&area=DIRECTION"), "id=\"status-counts\"", "</div>");

        assertThat(counts)
                .contains(
                        "data-status=\"OFF_TRACK\" data-count=\"2\"", // two SIPAS goals, each set twice
                        "data-status=\"AT_RISK\" data-count=\"2\"",
                        "data-status=\"NO_DATA\" data-count=\"2\"",
                        "data-status=\"MET\" data-count=\"2\"");
        assertThat(counts).contains("href=\"/provinces/67?year=2024&amp;area=DIRECTION&amp;status=OFF_TRACK\"");
    }

    @Test
    void filteringByAreaAndStatusListsOnlyThoseTargets() throws Exception {
        Map<Long, String> digital = targetRows(page("/provinces/67?year=2024&area=DIGITAL_GOVERNMENT"));
        Map<Long, String> offTrack = targetRows(page("/provinces/67?year=2024&status=OFF_TRACK"));

        assertThat(digital).hasSize(11);
        assertThat(digital.keySet()).containsExactlyElementsOf(jdbc.queryForList("""
                select t.id from target t join document d on d.id = t.document_id join indicator i on i.code = t.indicator_code
                where d.number = '20-NQ/TU' and i.reform_area_code = 'DIGITAL_GOVERNMENT' order by t.position""", Long.class));
        // Đắk Nông's two SIPAS goals, each listed once with the other document or sentence that sets it
        assertThat(offTrack).hasSize(2).allSatisfy((id, row) -> assertThat(row)
                .contains("Chậm tiến độ", "Cùng mục tiêu này còn được nêu trong:"));
        assertThat(offTrack.get(sipas2025TargetId(jdbc))).contains("nêu trong: Báo cáo CCHC năm 2024 (không số)");
    }

    @Test
    void sortingByStatusListsTheMostWorryingFirst() throws Exception {
        String html = page("/provinces/67?year=2024&sort=status&area=DIRECTION");

        assertThat(attributeValues(html, "tr", "data-status"))
                .startsWith("OFF_TRACK", "OFF_TRACK", "AT_RISK", "NO_DATA", "MET"); // in 20-NQ/TU, then the report
    }

    @Test
    void theFiltersLiveInTheQueryStringAndKeepTheOthersWhenOneChanges() throws Exception {
        String html = page("/provinces/67?year=2023&area=DIRECTION&sort=deadline");

        assertThat(html).containsPattern("<option value=\"2023\" selected=\"selected\">2023</option>");
        assertThat(html).containsPattern("<option value=\"DIRECTION\" selected=\"selected\">");
        assertThat(html).containsPattern("<option value=\"deadline\" selected=\"selected\">");
        assertThat(html)
                .contains("href=\"/provinces/67?year=2023&amp;area=DIRECTION&amp;status=OFF_TRACK&amp;sort=deadline\"");
    }

    @Test
    void aDocumentOfAnotherProvinceIsABadParameter() throws Exception {
        long huesDecision = documentId(jdbc, HUE_DECISION);

        assertThat(status("/provinces/67?document=" + huesDecision)).isEqualTo(400);
        assertThat(status("/provinces/67?status=GREAT")).isEqualTo(400);
        assertThat(status("/provinces/67?area=SPACE")).isEqualTo(400);
        assertThat(status("/provinces/99")).isEqualTo(404);
    }

    @Test
    void theScorecardSpeaksEnglishWithLangEn() throws Exception {
        String row = targetRows(page("/provinces/67?year=2024&lang=en")).get(sipas2025TargetId(jdbc));

        assertThat(row)
                .contains("Satisfaction with public administrative services (SIPAS)", "Off track", "81.21%", "by 2025")
                .doesNotContain("81,21", "Chậm tiến độ");
    }

    @Test
    void theScorecardKeepsTheAdministrativeHistoryCompactly() throws Exception {
        String hue = page("/provinces/46?year=2024");

        assertThat(hue).contains("Thành phố Huế", "Tỉnh Thừa Thiên Huế", "đến 31/12/2024", HUE_DECISION);
    }

    // --- comparison -------------------------------------------------------------------------------------------

    @Test
    void theComparisonOpensOnSipasForEveryTrackedProvince() throws Exception {
        String html = page("/compare?year=2024");
        String table = section(html, "id=\"compare-table\"", "</table>");

        assertThat(html).contains("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", "aria-current=\"page\"");
        assertThat(attributeValues(table, "tr", "data-province-code"))
                .containsExactly(QUANG_TRI, HUE, BINH_DINH, DAK_NONG);
        assertThat(table).contains(">2022</th>", ">2023</th>", "80,09%", "81,21%");
    }

    @Test
    @Transactional // the extra result is rolled back
    void aChangeOfMethodBetweenTheYearsShownIsMarkedOnTheChartTheTableAndTheTargetPage() throws Exception {
        // SIPAS changed method in 2022: a 2021 value beside Đắk Nông's 2022 and 2023 lies across the break
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', 2021, 78.5, 'test', 'test', 'test' from province
                where code = '67' and valid_to is not null""");
        pageCache.clear();

        String html = page("/compare?indicator=SIPAS&year=2024");
        String table = section(html, "id=\"compare-table\"", "</table>");
        assertThat(table).contains("data-method-break=\"2022\"").doesNotContain("data-method-break=\"2023\"");
        assertThat(html).contains("2022: SIPAS đổi phương pháp đo từ năm 2022.");
        JsonNode chart = chart(html, "compare-chart");
        assertThat(chart.get("breaks")).hasSize(1);
        assertThat(chart.get("breaks").get(0).get("year").asInt()).isEqualTo(2022);

        String target = page("/targets/" + sipas2025TargetId(jdbc) + "?year=2024");
        assertThat(target).contains("2022: SIPAS đổi phương pháp đo từ năm 2022.");
    }

    @Test
    void theTableMarksNoChangeWhenAllItsYearsLieOnOneSideButTheChartMarksItInsideItsAxis() throws Exception {
        // Đắk Nông's SIPAS 2022 and 2023 are both measured by the new method; the chart's axis starts at 2019
        // (a target's threshold line), so a 2022 marker still separates what is drawn before it
        String html = page("/compare?indicator=SIPAS&year=2024");
        assertThat(html).doesNotContain("data-method-break");
        JsonNode chart = chart(html, "compare-chart");
        assertThat(chart.get("xMin").asInt()).isEqualTo(2019);
        assertThat(chart.get("breaks")).hasSize(1);
    }

    @Test
    void theChartHasOneMeasuredLinePerProvinceWithDataAndEachProvincesTargets() throws Exception {
        JsonNode chart = chart(page("/compare?indicator=SIPAS&year=2024"), "compare-chart");

        List<String> measured = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        chart.get("lines").forEach(line -> (line.get("role").asString().equals("measured") ? measured : targets)
                .add(line.get("label").asString()));
        // the published SIPAS of Quảng Trị (2022, 2023) and Đắk Nông's own report
        assertThat(measured).containsExactly("Quảng Trị", "Đắk Nông");
        // in 2024 code 46 is Thừa Thiên Huế, not yet the city of Huế
        assertThat(targets).containsExactly("Quảng Trị – mục tiêu", "Thừa Thiên Huế – mục tiêu", "Đắk Nông – mục tiêu");
        assertThat(chart.get("scale").asString()).isEqualTo("number");
        assertThat(chart.get("unit").asString()).isEqualTo("%");
        assertThat(chart.get("xMin").asInt()).isEqualTo(2019);
        assertThat(chart.get("xMax").asInt()).isEqualTo(2030);
    }

    @Test
    void ranksAreChartedOnAReversedScaleAndGroupsOnTheirOrderedLevels() throws Exception {
        JsonNode rank = chart(page("/compare?indicator=PAR_DIRECTION_RANK&year=2024"), "compare-chart");
        JsonNode group = chart(page("/compare?indicator=PCI_GROUP&year=2024"), "compare-chart");

        assertThat(rank.get("scale").asString()).isEqualTo("rank");
        assertThat(rank.get("yMin").asInt()).isEqualTo(1);
        assertThat(rank.get("yMax").asInt()).isEqualTo(63);
        assertThat(group.get("scale").asString()).isEqualTo("group");
        assertThat(group.get("levels").valueStream().map(JsonNode::asString).toList())
                .containsExactly("thấp", "tương đối thấp", "trung bình", "khá", "tốt", "rất tốt");
        // Đắk Nông's 2030 target "khá" is level 4, its 2025 target "trung bình" level 3
        JsonNode dakNongTargets = group.get("lines")
                .valueStream()
                .filter(line -> line.get("label").asString().equals("Đắk Nông – mục tiêu"))
                .findFirst()
                .orElseThrow();
        assertThat(dakNongTargets
                        .get("points")
                        .valueStream()
                        .map(p -> p.get("y").asInt())
                        .toList())
                .containsExactlyInAnyOrder(4, 3);
    }

    @Test
    void choosingProvincesKeepsOnlyThemEachIsRemovedByOneLinkAndThePickerOffersTheOthers() throws Exception {
        String html = page("/compare?indicator=SIPAS&province=67&province=45&year=2024");
        String table = section(html, "id=\"compare-table\"", "</table>");

        assertThat(attributeValues(table, "tr", "data-province-code")).containsExactly(QUANG_TRI, DAK_NONG);
        assertThat(html)
                .contains(
                        "href=\"/compare?indicator=SIPAS&amp;province=45&amp;year=2024\"",
                        "href=\"/compare?indicator=PAR_INDEX_RANK&amp;province=67&amp;province=45&amp;year=2024\"");
        String picker = section(html, "id=\"province-picker\"", "</details>");
        assertThat(picker)
                .containsPattern("id=\"pick-67\"\\s+checked=\"checked\"")
                .containsPattern("id=\"pick-52\">");
    }

    @Test
    void anUnknownIndicatorOrProvinceIsABadParameter() throws Exception {
        assertThat(status("/compare?indicator=HAPPINESS")).isEqualTo(400);
        assertThat(status("/compare?province=99")).isEqualTo(400);
    }

    @Test
    void theComparisonSpeaksEnglishWithLangEn() throws Exception {
        String html = page("/compare?year=2024&lang=en");

        assertThat(html)
                .contains("Compare an indicator across provinces", "81.21%", "Đắk Nông – target")
                .doesNotContain("81,21%");
    }

    // --- target detail ----------------------------------------------------------------------------------------

    @Test
    void aTargetsPageShowsItsSentenceDocumentMeasurementsWithSourcesAndExplanation() throws Exception {
        String html = page("/targets/" + sipas2025TargetId(jdbc) + "?year=2024");

        assertThat(html)
                .contains(
                        "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan Nhà nước đạt tối thiểu 90%.",
                        DAK_NONG_RESOLUTION,
                        "Mục tiêu ≥ 90% đến năm 2025",
                        "Chậm tiến độ",
                        "80,09%",
                        "81,21%",
                        "theo xu hướng đến 2025 chỉ đạt khoảng 83,45%");
        assertThat(HtmlUtils.htmlUnescape(html))
                .as("sources name publications, not files")
                .contains(BAO_DAK_NONG_2024)
                .doesNotContain("Seed 0");
    }

    @Test
    void theTargetChartDrawsTheProjectionFromTheLastValueToTheDeadline() throws Exception {
        JsonNode chart = chart(page("/targets/" + sipas2025TargetId(jdbc) + "?year=2024"), "target-chart");

        JsonNode projection = null;
        for (JsonNode line : chart.get("lines")) {
            if (line.get("role").asString().equals("projection")) {
                projection = line;
            }
        }
        assertThat(projection).isNotNull();
        assertThat(projection.get("points").get(0).get("x").asInt()).isEqualTo(2023);
        assertThat(projection.get("points").get(0).get("y").decimalValue()).isEqualByComparingTo("81.21");
        assertThat(projection.get("points").get(1).get("x").asInt()).isEqualTo(2025);
        assertThat(projection.get("points").get(1).get("y").decimalValue()).isEqualByComparingTo("83.45");
    }

    @Test
    void measurementsAfterTheEvaluationYearAreListedButMarkedAsNotCounted() throws Exception {
        String html = page("/targets/" + sipas2025TargetId(jdbc) + "?year=2022");

        assertThat(html).contains("<tr data-year=\"2023\" class=\"after-year\">");
        assertThat(html).contains("sau năm đánh giá, chưa tính", "80,09%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/targets/999999", "/targets/abc"})
    void anUnknownTargetIsA404Page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Không tìm thấy trang");
    }

    // --- SQL statements ---------------------------------------------------------------------------------------

    @Test
    @Transactional // the extra data is rolled back
    void eachDashboardSendsTheSameNumberOfStatementsWhateverTheAmountOfData() throws Exception {
        long sipas = sipas2025TargetId(jdbc);
        List<String> pages = List.of(
                "/?year=2024",
                "/provinces/67?year=2024",
                "/compare?indicator=SIPAS&year=2024",
                "/targets/" + sipas + "?year=2024");
        Map<String, Long> before = new HashMap<>();
        for (String url : pages) {
            before.put(url, statements(url));
        }

        // three more provinces with a copy of Đắk Nông's 33 targets each, ten years of SIPAS for five provinces
        jdbc.update("""
                insert into document (province_id, number, kind, issuing_body, issue_date, title, source)
                select id, 'TEST-' || code, 'PLAN', 'test', date '2024-01-01', 'test', 'test' from province
                where code in ('44', '64', '68')""");
        jdbc.update("""
                insert into target (document_id, indicator_code, indicator_kind, comparison, threshold_value, threshold_level,
                                    deadline_year, baseline_year, sentence, position)
                select d.id, t.indicator_code, t.indicator_kind, t.comparison, t.threshold_value, t.threshold_level,
                       t.deadline_year, t.baseline_year, t.sentence, t.position
                from document d cross join target t
                where d.number like 'TEST-%' and t.document_id = (select id from document where number = '20-NQ/TU')""");
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                select p.id, 'SIPAS', 'PERCENT', y, 60 + y - 2015, 'test', 'test', 'test'
                from province p cross join generate_series(2015, 2024) y where p.code in ('44', '64', '68', '45', '52')
                on conflict (province_id, indicator_code, year) do nothing""");
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                select p.id, i.code, i.unit_kind, 2024, 50, 'test', 'test', 'test'
                from province p cross join indicator i
                where p.code = '67' and i.unit_kind = 'PERCENT'
                  and not exists (select 1 from measurement m where m.province_id = p.id and m.indicator_code = i.code and m.year = 2024)""");
        assertThat(body("/api/v1/attainment?year=2024")).contains("TEST-68");

        for (String url : pages) {
            assertThat(statements(url))
                    .as("statements of %s", url)
                    .isEqualTo(before.get(url))
                    .isLessThanOrEqualTo(12);
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** Statements of a full rendering: the page cache would answer a repeated request with one. */
    private long statements(String url) {
        pageCache.clear();
        return SqlStatementCounter.count(() -> page(url));
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", url).isEqualTo(200);
        assertThat(response.getContentType()).as("content type of %s", url).startsWith("text/html");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getStatus();
    }

    private static JsonNode chart(String html, String id) {
        String start = "<script type=\"application/json\" id=\"" + id + "-data\">";
        String block = section(html, start, "</script>");
        String json = block.substring(start.length(), block.length() - "</script>".length());
        return JSON.readTree(json);
    }

    /** The headline cell of one province and index (its score code) in the overview's table. */
    private static String headlineCell(String html, String code, String indicator) {
        String table = section(html, "<table class=\"table overview-table", "</table>");
        Matcher row = Pattern.compile("<tr data-province-code=\"" + code + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(table);
        assertThat(row.find()).as("row of %s", code).isTrue();
        Matcher cell = Pattern.compile(
                        "<td\\s+class=\"idx[^\"]*\"\\s+data-indicator=\"" + indicator + "\">(.*?)</td>", Pattern.DOTALL)
                .matcher(row.group(1));
        assertThat(cell.find()).as("headline cell %s of %s", indicator, code).isTrue();
        return cell.group(1);
    }

    /** From the first occurrence of {@code start} to the next {@code end}, inclusive. */
    private static String section(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        int to = html.indexOf(end, from);
        return html.substring(from, to + end.length());
    }

    private static List<String> attributeValues(String html, String element, String attribute) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("<" + element + "\\s[^>]*" + attribute + "=\"([^\"]+)\"")
                .matcher(html);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static Map<Long, String> targetRows(String html) {
        Map<Long, String> rows = new java.util.LinkedHashMap<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            rows.put(Long.parseLong(m.group(1)), m.group(2));
        }
        return rows;
    }
}
