package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH_PROGRAMME;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.HUE;
import static vn.cchc.tracker.testing.ShippedData.HUE_DECISION;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.documentId;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.tracker.testing.ApplicationTest;

/** The server-rendered pages against the shipped data, in Vietnamese (the default) and English. */
@ApplicationTest
class PagesTest {

    private static final Pattern TARGET_ROW =
            Pattern.compile("<tr[^>]*\\sdata-target-id=\"(\\d+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final List<String> STACK_TRACE_MARKERS = List.of("Exception", "at org.", "at java.", "Whitelabel");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    // --- province list (the home page is the overview dashboard, see DashboardPagesTest) -----------------------

    @Test
    void provinceListShowsTheFourTrackedProvincesUnderTheirNamesOfTheYear() throws Exception {
        String html = page("/provinces?year=2024");

        assertThat(html).contains("<html lang=\"vi\"", "Tỉnh, thành phố và văn bản");
        assertThat(countOf(html, "data-province-code=")).isEqualTo(4);
        assertThat(card(html, DAK_NONG)).contains(">Đắk Nông</a>");
        assertThat(card(html, BINH_DINH)).contains(">Bình Định</a>");
        assertThat(card(html, QUANG_TRI)).contains(">Quảng Trị</a>");
        assertThat(card(html, HUE)).contains(">Thừa Thiên Huế</a>");
        // from 01/07/2025 code 52 is the new Gia Lai
        assertThat(card(page("/provinces?year=2026"), BINH_DINH)).contains(">Gia Lai</a>");
    }

    @Test
    void provinceListLinksEachProvinceToItsDocuments() throws Exception {
        String html = page("/provinces");

        assertThat(card(html, DAK_NONG))
                .contains(
                        "href=\"/provinces/67?year=",
                        DAK_NONG_RESOLUTION,
                        "href=\"/documents/" + documentId(jdbc, DAK_NONG_RESOLUTION) + "\"");
        assertThat(card(html, BINH_DINH))
                .contains(
                        "href=\"/provinces/52?year=",
                        BINH_DINH_PROGRAMME,
                        "href=\"/documents/" + documentId(jdbc, BINH_DINH_PROGRAMME) + "\"");
        assertThat(card(html, QUANG_TRI))
                .contains(
                        "href=\"/provinces/45?year=",
                        QUANG_TRI_RESOLUTION,
                        "href=\"/documents/" + documentId(jdbc, QUANG_TRI_RESOLUTION) + "\"");
        assertThat(card(html, HUE))
                .contains(
                        "href=\"/provinces/46?year=",
                        HUE_DECISION,
                        "href=\"/documents/" + documentId(jdbc, HUE_DECISION) + "\"");
        assertThat(card(html, DAK_NONG)).doesNotContain(HUE_DECISION, BINH_DINH_PROGRAMME);
    }

    @Test
    void provinceListShowsTheSuccessorUnitsSeparatelyFromTheTrackedProvinces() throws Exception {
        String html = page("/provinces");

        assertThat(html)
                .contains(
                        "Đơn vị hành chính khác",
                        "href=\"/provinces/68?year=2026\"",
                        "href=\"/provinces/44?year=2026\"");
        assertThat(page("/provinces?year=2025"))
                .contains("href=\"/provinces/64?year=2025\"", "đến 30/06/2025, nay thuộc Gia Lai (52)");
        assertThat(card(html, DAK_NONG)).contains("Lâm Đồng (68)");
    }

    // --- province pages ---------------------------------------------------------------------------------------

    @Test
    void dakNongPageShowsItsDocumentAndItsSuccessorLamDong() throws Exception {
        String html = page("/provinces/67");

        assertThat(html)
                .contains("Tỉnh Đắk Nông", "Mã 67", DAK_NONG_RESOLUTION, "Lâm Đồng (68)", "href=\"/provinces/68\"");
        assertThat(html).containsPattern("href=\"/documents/" + documentId(jdbc, DAK_NONG_RESOLUTION) + "[\"?]");
        assertThat(html).doesNotContain(HUE_DECISION, BINH_DINH_PROGRAMME, QUANG_TRI_RESOLUTION);
    }

    @Test
    void huePageShowsTheCityAndItsFormerNameThuaThienHue() throws Exception {
        String html = page("/provinces/46");

        assertThat(html)
                .contains(
                        "Thừa Thiên Huế (tỉnh) đến 31/12/2024, nay là",
                        ">Thành phố Huế</a>",
                        "Thành phố Huế (46) từ 01/01/2025",
                        "Mã 46",
                        HUE_DECISION);
        assertThat(html).containsPattern("href=\"/documents/" + documentId(jdbc, HUE_DECISION) + "[\"?]");
    }

    @Test
    void lamDongPageShowsDakNongMergedInAndNoDocuments() throws Exception {
        String html = page("/provinces/68");

        assertThat(html).contains("Tỉnh Lâm Đồng", "Đắk Nông", "Chưa có văn bản nào được ghi nhận.");
    }

    // --- document pages ---------------------------------------------------------------------------------------

    @Test
    void resolution20ListsAll33TargetsWithTheirSentences() throws Exception {
        long id = documentId(jdbc, DAK_NONG_RESOLUTION);
        String html = page("/documents/" + id);
        Map<Long, String> rows = targetRows(html);

        assertThat(html).contains(DAK_NONG_RESOLUTION, "Tỉnh ủy Đắk Nông", "30/11/2022", "2022–2030");
        assertThat(countOf(html, "data-target-id=")).isEqualTo(29); // the 2024 report's four have their own (V70)
        assertThat(rows.keySet()).containsExactlyElementsOf(targetIdsInOrder(id));
        assertThat(rows.get(targetId(id, 16)))
                .contains(
                        "Đến năm 2030, tỉnh tiếp tục giảm bình quân 10% biên chế sự nghiệp hưởng lương từ ngân sách Nhà nước so với năm 2025.");
        assertThat(rows.get(targetId(id, 2)))
                .contains(
                        "Trong đó, 80% TTHC được tích hợp, cung cấp trên Cổng dịch vụ công quốc gia.",
                        "trong số TTHC cung cấp trực tuyến mức độ 3 và 4");
        assertThat(rows.values())
                .allSatisfy(row -> assertThat(row).containsPattern("<blockquote[^>]*>[^<]*\\S[^<]*</blockquote>"));
    }

    @Test
    void resolution20WritesNumericAndRankThresholdsInWords() throws Exception {
        long id = documentId(jdbc, DAK_NONG_RESOLUTION);
        Map<Long, String> rows = targetRows(page("/documents/" + id));

        assertThat(rows.get(targetId(id, 1))).contains("≥ 80%", "2025");
        assertThat(rows.get(targetId(id, 14))).contains("≥ 90%", "2025");
        assertThat(rows.get(targetId(id, 26))).contains("hạng 37 trở lên", "2030");
        long report = documentId(jdbc, "Báo cáo CCHC năm 2024 (không số)"); // the 2025 rank target moved there (V70)
        assertThat(targetRows(page("/documents/" + report)).get(targetId(report, 1)))
                .contains("hạng 40 trở lên", "2025");
    }

    @Test
    void resolution20WritesReductionThresholdsAgainstTheBaselineYear() throws Exception {
        long id = documentId(jdbc, DAK_NONG_RESOLUTION);
        Map<Long, String> rows = targetRows(page("/documents/" + id));

        assertThat(rows.get(targetId(id, 11))).contains("giảm ít nhất 10% so với năm 2021");
        assertThat(rows.get(targetId(id, 12))).contains("giảm ít nhất 5% so với năm 2021");
        assertThat(rows.get(targetId(id, 16))).contains("giảm ít nhất 10% so với năm 2025");
    }

    @Test
    void resolution20WritesGroupThresholdsWithTheQuotedLevel() throws Exception {
        long id = documentId(jdbc, DAK_NONG_RESOLUTION);
        Map<Long, String> rows = targetRows(page("/documents/" + id));

        assertThat(rows.get(targetId(id, 28))).contains("nhóm “khá” trở lên", "2030");
        assertThat(rows.get(targetId(id, 29))).contains("nhóm “trung bình cao” trở lên");
    }

    @Test
    void decision2847WritesMoreThanAsAStrictComparison() throws Exception {
        long id = documentId(jdbc, HUE_DECISION);
        Map<Long, String> rows = targetRows(page("/documents/" + id));

        assertThat(rows.get(targetId(id, 5))).contains("&gt; 80%", "2019").doesNotContain("≥ 80%");
        assertThat(rows.get(targetId(id, 1))).contains("hạng 10 trở lên");
    }

    @ParameterizedTest
    @CsvSource({
        "20-NQ/TU, 29",
        "Báo cáo CCHC năm 2024 (không số), 4",
        "09-CTr/TU, 6",
        "02-NQ/BCSĐ, 18",
        "2847/QĐ-UBND, 15"
    })
    void eachDocumentPageListsExactlyItsTargets(String number, int expected) throws Exception {
        long id = documentId(jdbc, number);
        String html = page("/documents/" + id);

        assertThat(countOf(html, "data-target-id=")).isEqualTo(expected);
        assertThat(targetRows(html).keySet()).containsExactlyElementsOf(targetIdsInOrder(id));
    }

    // --- indicator catalogue ----------------------------------------------------------------------------------

    @Test
    void indicatorCatalogueListsEveryIndicatorCode() throws Exception {
        String html = page("/indicators");
        List<String> codes = jdbc.queryForList("select code from indicator", String.class);

        assertThat(codes).hasSizeGreaterThanOrEqualTo(24);
        assertThat(html).contains("Danh mục chỉ tiêu");
        assertThat(countOf(html, "id=\"indicator-")).isEqualTo(codes.size());
        assertThat(codes).allSatisfy(code -> assertThat(html)
                .contains("id=\"indicator-" + code + "\"", "<code>" + code + "</code>"));
    }

    @Test
    void indicatorCatalogueShowsGroupLevelsInOrderAndRanges() throws Exception {
        String html = page("/indicators");

        assertThat(html)
                .contains(
                        "thấp nhất &lt; trung bình thấp &lt; trung bình cao &lt; cao nhất",
                        "thấp &lt; tương đối thấp &lt; trung bình &lt; khá &lt; tốt &lt; rất tốt");
    }

    // --- languages --------------------------------------------------------------------------------------------

    @Test
    void vietnameseIsTheDefaultLanguage() throws Exception {
        String html = page("/indicators");

        assertThat(html)
                .contains("<html lang=\"vi\"", "Danh mục chỉ tiêu", "Tỉnh, thành phố")
                .doesNotContain("Indicator catalogue");
    }

    @Test
    void langEnSwitchesTheLabelsToEnglish() throws Exception {
        String html = page("/indicators?lang=en");

        assertThat(html)
                .contains(
                        "<html lang=\"en\"",
                        "Indicator catalogue",
                        "Satisfaction with public administrative services (SIPAS)",
                        "lowest &lt; low average &lt; high average &lt; highest",
                        "Higher is better")
                .doesNotContain("Danh mục chỉ tiêu");
    }

    @Test
    void englishDocumentPageWritesThresholdsInEnglishButKeepsTheSentencesInVietnamese() throws Exception {
        long id = documentId(jdbc, DAK_NONG_RESOLUTION);
        Map<Long, String> rows = targetRows(page("/documents/" + id + "?lang=en"));

        assertThat(rows.get(targetId(id, 26))).contains("rank 37 or better").doesNotContain("hạng 37 trở lên");
        assertThat(rows.get(targetId(id, 1))).contains("≥ 80%");
        assertThat(rows.get(targetId(id, 28))).contains("fairly good");
        assertThat(rows.get(targetId(id, 26)))
                .contains(
                        "<blockquote class=\"sentence mb-0\" lang=\"vi\"",
                        "Đến năm 2030, tỉnh phấn đấu chỉ số CCHC đạt thứ hạng từ 37 trở lên");
    }

    @Test
    void theChosenLanguageIsRememberedInACookie() throws Exception {
        MockHttpServletResponse first =
                mvc.perform(get("/").param("lang", "en")).andReturn().getResponse();
        Cookie cookie = first.getCookie("cchc-lang");

        assertThat(cookie).isNotNull();
        String next = mvc.perform(get("/indicators").cookie(cookie))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(next).contains("<html lang=\"en\"", "Indicator catalogue");
    }

    @Test
    void anUnsupportedLanguageFallsBackToVietnamese() throws Exception {
        String html = page("/indicators?lang=fr");

        assertThat(html).contains("<html lang=\"vi\"", "Danh mục chỉ tiêu");
    }

    // --- errors -----------------------------------------------------------------------------------------------

    @Test
    void unknownProvinceIsAVietnamese404Page() throws Exception {
        String html = notFoundPage("/provinces/99");

        assertThat(html).contains("Không có tỉnh, thành phố nào mang mã “99”.");
    }

    @Test
    void unknownDocumentIsAVietnamese404Page() throws Exception {
        String html = notFoundPage("/documents/999999");

        assertThat(html).contains("Không có văn bản số 999999.");
    }

    @Test
    void nonNumericDocumentIdIsAVietnamese404Page() throws Exception {
        String html = notFoundPage("/documents/abc");

        assertThat(html).contains("Trang hoặc bản ghi bạn tìm không tồn tại.");
    }

    @Test
    void notFoundPageFollowsTheChosenLanguage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/documents/999999").param("lang", "en"))
                .andReturn()
                .getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(html).contains("<html lang=\"en\"", "Page not found", "There is no document number 999999.");
    }

    /** MockMvc does not forward to /error, so only the status is visible here; ErrorPagesTest renders the page. */
    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/provinces/67/no-such-page", "/css/no-such.css"})
    void unknownPathsAre404(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(STACK_TRACE_MARKERS.toArray(String[]::new));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private String page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", url).isEqualTo(200);
        assertThat(response.getContentType()).as("content type of %s", url).startsWith("text/html");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String notFoundPage(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as("status of %s", url).isEqualTo(404);
        assertThat(response.getContentType()).as("content type of %s", url).startsWith("text/html");
        assertThat(html).contains("<html lang=\"vi\"", "Không tìm thấy trang", "Về trang chủ");
        assertThat(html).doesNotContain(STACK_TRACE_MARKERS.toArray(String[]::new));
        return html;
    }

    private long targetId(long documentId, int position) {
        return jdbc.queryForObject(
                "select id from target where document_id = ? and position = ?", Long.class, documentId, position);
    }

    private List<Long> targetIdsInOrder(long documentId) {
        return jdbc.queryForList(
                "select id from target where document_id = ? order by position, id", Long.class, documentId);
    }

    /** Target rows by their data-target-id, in page order. */
    private static Map<Long, String> targetRows(String html) {
        Map<Long, String> rows = new LinkedHashMap<>();
        Matcher m = TARGET_ROW.matcher(html);
        while (m.find()) {
            rows.put(Long.parseLong(m.group(1)), m.group(2));
        }
        return rows;
    }

    /** The province list's card of one province. */
    private static String card(String html, String code) {
        Matcher m = Pattern.compile(
                        "<article[^>]*data-province-code=\"" + code + "\"[^>]*>(.*?)</article>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("card of province %s", code).isTrue();
        return m.group(1);
    }

    private static int countOf(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }
}
