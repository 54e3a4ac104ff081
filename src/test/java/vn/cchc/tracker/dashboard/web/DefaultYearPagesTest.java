package vn.cchc.tracker.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.documentId;
import static vn.cchc.tracker.testing.ShippedData.sipas2025TargetId;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.support.web.PageCacheFilter;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.SqlStatementCounter;
import vn.cchc.tracker.testing.TestAccounts;
import vn.cchc.tracker.testing.TestClockConfiguration;

/**
 * In January 2026 no 2025 or 2026 result is published yet: the dashboards open on 2024, the latest year of the
 * shipped results, and say so; data entry and the API keep the current year. (The empty installation's fallback to
 * the current year: config.EmptyInstallationTest.)
 */
@ApplicationTest
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "cchc.test.today=2026-01-10")
class DefaultYearPagesTest {

    private static final String LATEST_2024 = "Năm 2024 — năm mới nhất có kết quả";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PageCacheFilter pageCache;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc);
    }

    @Test
    void theShippedResultsEndIn2024() {
        assertThat(jdbc.queryForObject("select max(year) from measurement", Integer.class))
                .isEqualTo(2024);
    }

    @Test
    void everyDashboardOpensOnTheLatestYearWithResultsAndSaysWhy() throws Exception {
        for (String url : dashboards()) {
            String html = page(url);

            assertThat(html)
                    .as(url)
                    .containsPattern("<option value=\"2024\"\\s+selected=\"selected\">2024</option>")
                    .containsPattern("id=\"year-basis\"[^>]*>" + LATEST_2024 + "</p>")
                    .contains("data-basis=\"LATEST_RESULTS\"");
        }
        assertThat(page("/")).contains("Năm đánh giá 2024");
        // the scorecard's own links keep the year it shows
        assertThat(page("/provinces/" + DAK_NONG)).contains("href=\"/provinces/67/scorecard.csv?year=2024\"");
    }

    @Test
    void theSentenceSpeaksEnglishWithLangEn() throws Exception {
        assertThat(page("/?lang=en")).contains("2024 — the latest year with results", "Evaluation year 2024");
    }

    @Test
    void aYearChosenInTheAddressIsShownWithoutTheSentence() throws Exception {
        for (String url : dashboards()) {
            String html = page(url + (url.contains("?") ? "&" : "?") + "year=2026");

            assertThat(html)
                    .as(url)
                    .containsPattern("<option value=\"2026\"\\s+selected=\"selected\">2026</option>")
                    .doesNotContain("id=\"year-basis\"");
        }
    }

    @Test
    void dataEntryKeepsTheCurrentYear() throws Exception {
        MockHttpServletResponse toGrid = mvc.perform(get("/results")
                        .param("province", DAK_NONG)
                        .with(user(TestAccounts.EDITOR_DAK_NONG).roles("EDITOR")))
                .andReturn()
                .getResponse();

        assertThat(toGrid.getRedirectedUrl()).isEqualTo("/provinces/67/results/2026");
    }

    @Test
    void theApiKeepsTheCurrentYearAsItsReadmeSays() throws Exception {
        assertThat(body("/api/v1/attainment?province=" + DAK_NONG))
                .isEqualTo(body("/api/v1/attainment?province=" + DAK_NONG + "&year=2026"))
                .isNotEqualTo(body("/api/v1/attainment?province=" + DAK_NONG + "&year=2024"));
    }

    @Test
    @Transactional // the extra results are rolled back
    void aResultOfALaterYearMovesTheDefaultButNoneAfterTheCurrentYear() throws Exception {
        insertSipas(2027);
        assertThat(page("/")).contains(LATEST_2024);

        insertSipas(2025);
        assertThat(page("/"))
                .contains("Năm 2025 — năm mới nhất có kết quả")
                .containsPattern("<option value=\"2025\"\\s+selected=\"selected\">2025</option>");
    }

    @Test
    void aPageWithoutAYearCostsOneStatementMoreThanWithIt() throws Exception {
        page("/"); // the latest year is now kept with the data version
        pageCache.clear();
        long withYear = SqlStatementCounter.count(() -> page("/?year=2024"));
        pageCache.clear();
        long withoutYear = SqlStatementCounter.count(() -> page("/"));

        assertThat(withoutYear).as("the data version, once more").isEqualTo(withYear + 1);
        // and a kept page still costs one statement, the version
        assertThat(SqlStatementCounter.count(() -> page("/"))).isEqualTo(1);
    }

    private List<String> dashboards() {
        return List.of(
                "/",
                "/provinces/" + DAK_NONG,
                "/compare",
                "/compare?indicator=SIPAS",
                "/documents/" + documentId(jdbc, DAK_NONG_RESOLUTION),
                "/targets/" + sipas2025TargetId(jdbc));
    }

    private void insertSipas(int year) {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source, created_by, updated_by)
                select id, 'SIPAS', 'PERCENT', ?, 85, 'test', 'test', 'test' from province where code = '01' and valid_to is null""", year);
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
