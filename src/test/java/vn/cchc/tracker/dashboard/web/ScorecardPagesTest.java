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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.tracker.dashboard.ManyGoals;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * A scorecard with more goals than one page (105 goals: pages of 50, 50 and 5): every goal on exactly one page, the
 * counts over all of them, the filters kept by the page links, the exports unpaged. The goals are rolled back.
 */
@ApplicationTest
@Transactional
class ScorecardPagesTest {

    private static final Pattern ROW_ID = Pattern.compile("<tr[^>]*\\sdata-target-id=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstPageListsFiftyGoalsSaysWhichAndLinksToTheOtherPages() throws Exception {
        List<Long> goals = ManyGoals.add(jdbc);
        assertThat(goals).hasSize(105);

        String html = page("/provinces/68?year=2024");

        assertThat(rowIds(html)).hasSize(50);
        assertThat(text(html)).contains("Chỉ tiêu 1–50 trên 105.");
        assertThat(html)
                .contains("id=\"pager-top\"", "id=\"pager-bottom\"", "id=\"area-index\"")
                .contains("href=\"/provinces/68?year=2024&amp;page=2\"", "href=\"/provinces/68?year=2024&amp;page=3\"")
                .contains("aria-current=\"page\" data-page=\"1\"");
        // the status counts are over all 105 goals, not the 50 shown
        assertThat(statusCounts(html).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(105);
    }

    @Test
    void everyGoalIsOnExactlyOnePageInThePagesOrder() throws Exception {
        List<Long> goals = ManyGoals.add(jdbc);

        List<Long> listed = new ArrayList<>();
        listed.addAll(rowIds(page("/provinces/68?year=2024")));
        listed.addAll(rowIds(page("/provinces/68?year=2024&page=2")));
        String last = page("/provinces/68?year=2024&page=3");
        listed.addAll(rowIds(last));

        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(goals);
        assertThat(text(last)).contains("Chỉ tiêu 101–105 trên 105.");
        assertThat(rowIds(page("/provinces/68?year=2024&page=99")))
                .as("past the last: the last")
                .hasSize(5);
    }

    @Test
    void anAreaContinuedFromAnEarlierPageStillCountsAllItsGoals() throws Exception {
        ManyGoals.add(jdbc);

        // in the document order: direction 10 goals, procedures 20, apparatus 10, public finance 10 (page 1), then
        // digital government 55 (pages 2 and 3)
        String second = page("/provinces/68?year=2024&page=2");
        String third = page("/provinces/68?year=2024&page=3");

        Matcher m = Pattern.compile("<li data-area=\"([A-Z_]+)\" data-page=\"(\\d)\">")
                .matcher(second);
        List<String> indexed = new ArrayList<>();
        while (m.find()) {
            indexed.add(m.group(1) + "@" + m.group(2));
        }
        assertThat(indexed)
                .containsExactly(
                        "DIRECTION@1", "PROCEDURES@1", "APPARATUS@1", "PUBLIC_FINANCE@1", "DIGITAL_GOVERNMENT@2");
        assertThat(text(second)).doesNotContain("(tiếp theo)").contains("chính quyền số");
        assertThat(text(third)).contains("(tiếp theo)");
        assertThat(section(third, "<section class=\"area-group")).contains("55 chỉ tiêu");
        // the area index counts each area over all pages: together the 105 goals
        Matcher counts = Pattern.compile("(\\d+) chỉ tiêu · từ trang \\d").matcher(text(second));
        int total = 0;
        while (counts.find()) {
            total += Integer.parseInt(counts.group(1));
        }
        assertThat(total).isEqualTo(105);
    }

    @Test
    void thePageLinksKeepTheFiltersAndOrderAndAFilterStartsAgainOnTheFirstPage() throws Exception {
        ManyGoals.add(jdbc);

        String html = page("/provinces/68?year=2024&sort=status&page=2");

        assertThat(html)
                .contains("href=\"/provinces/68?year=2024&amp;sort=status&amp;page=3\"")
                .contains("href=\"/provinces/68?year=2024&amp;sort=status\"");
        // a status chip (and the filter form, which has no page field) leads to the first page of its list
        assertThat(html).contains("href=\"/provinces/68?year=2024&amp;status=NO_DATA&amp;sort=status\"");
        assertThat(html).doesNotContain("<input type=\"hidden\" name=\"page\"");
    }

    @Test
    void theExportsListEveryGoalNotOnePage() throws Exception {
        ManyGoals.add(jdbc);

        String csv = page("/provinces/68/scorecard.csv?year=2024&page=2");

        assertThat(csv.lines().skip(1).filter(l -> l.contains(ManyGoals.DOCUMENT)))
                .hasSize(105);
    }

    @Test
    void aPageThatIsNotAWholeNumberFromOneIsABadRequest() throws Exception {
        for (String bad : List.of("0", "-2", "two")) {
            MockHttpServletResponse response = mvc.perform(get("/provinces/67?year=2024&page=" + bad))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void aProvinceWithFewerGoalsThanAPageShowsThemAllWithoutPageLinks() throws Exception {
        String html = page("/provinces/67?year=2024");

        assertThat(rowIds(html)).hasSize(31);
        assertThat(text(html)).contains("Đang hiển thị 31 trên 31 chỉ tiêu.");
        assertThat(html).doesNotContain("pager-top", "pager-bottom", "area-index", "(tiếp theo)");
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<Long> rowIds(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW_ID.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static List<Integer> statusCounts(String html) {
        int start = html.indexOf("id=\"status-counts\"");
        String section = html.substring(start, html.indexOf("</div>", start));
        List<Integer> counts = new ArrayList<>();
        Matcher m = Pattern.compile("data-count=\"(\\d+)\"").matcher(section);
        while (m.find()) {
            counts.add(Integer.parseInt(m.group(1)));
        }
        return counts;
    }

    private static String section(String html, String start) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return html.substring(from, html.indexOf("</h3>", from));
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
    }
}
