package vn.cchc.tracker.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.TestAccounts;

/** Pages for a code and a year name the unit that carried the code in that year, not the code's newest unit. */
@ApplicationTest
class CodeInItsYearPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theProvincePageOf52IsBinhDinhIn2024AndGiaLaiIn2026() throws Exception {
        assertThat(page("/provinces/52?year=2024")).contains("<title>Bình Định").contains("href=\"/provinces/52\"");
        assertThat(page("/provinces/52?year=2026"))
                .contains("<title>Gia Lai")
                .contains("href=\"/provinces/52?year=2024\"");
    }

    @Test
    void theResultsGridAndAResultsHistoryOf52In2024AreBinhDinhs() throws Exception {
        assertThat(page("/provinces/52/results/2024")).contains("Bình Định").doesNotContain("Gia Lai");
        assertThat(page("/provinces/52/results/2024/history/SIPAS")).contains("Bình Định");
        assertThat(page("/provinces/52/results/2026")).contains("Gia Lai");
    }

    @Test
    void aRetiredCodeShowsItsLastUnitWithANote() throws Exception {
        assertThat(page("/provinces/67?year=2026"))
                .contains("<title>Đắk Nông", "Đắk Nông không còn tồn tại trong năm 2026");
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(path).with(user(TestAccounts.ADMIN).roles("ADMIN")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("status of %s", path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
