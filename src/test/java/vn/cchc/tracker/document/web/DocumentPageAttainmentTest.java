package vn.cchc.tracker.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.documentId;
import static vn.cchc.tracker.testing.ShippedData.sipas2025TargetId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.tracker.testing.ApplicationTest;

/** The document page shows each target's status for the year the reader picks (never the clock's year). */
@ApplicationTest
class DocumentPageAttainmentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sipasRowShowsOffTrackWithItsJudgedValueIn2024() throws Exception {
        String html = page("/documents/" + documentId(jdbc, DAK_NONG_RESOLUTION) + "?year=2024");

        String row = rowOf(html, sipas2025TargetId(jdbc));
        assertThat(row).contains("data-status=\"OFF_TRACK\"", "Chậm tiến độ", "81,21%", "(2023)", "11% chặng đường");
        assertThat(html).contains("Kết quả năm 2024");
    }

    @Test
    void theSameRowIsClosedOnceItsUnitHasEnded() throws Exception {
        // issue 13: Đắk Nông became part of Lâm Đồng (68) on 01/07/2025, before its 2025 deadline was over
        String row = rowOf(
                page("/documents/" + documentId(jdbc, DAK_NONG_RESOLUTION) + "?year=2026"), sipas2025TargetId(jdbc));

        assertThat(row).contains("data-status=\"CLOSED\"", "Không còn theo dõi", "Lâm Đồng (68)");
    }

    @Test
    void statusChipsCarryASymbolAndWordsNotOnlyColour() throws Exception {
        String row = rowOf(
                page("/documents/" + documentId(jdbc, DAK_NONG_RESOLUTION) + "?year=2024&lang=en"),
                sipas2025TargetId(jdbc));

        assertThat(row).contains("↘", "Off track", "81.21%");
    }

    @Test
    void theYearPickerOffersTheChosenYearSelected() throws Exception {
        String html = page("/documents/" + documentId(jdbc, DAK_NONG_RESOLUTION) + "?year=2019");

        assertThat(html).containsPattern("<option value=\"2019\" selected=\"selected\">2019</option>");
    }

    @Test
    void anInvalidYearIsABadRequest() throws Exception {
        mvc.perform(get("/documents/" + documentId(jdbc, DAK_NONG_RESOLUTION)).param("year", "twenty"))
                .andExpect(status().isBadRequest());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String rowOf(String html, long targetId) {
        int start = html.indexOf("data-target-id=\"" + targetId + "\"");
        assertThat(start).as("row of target %d", targetId).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
