package vn.cchc.tracker.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.TestAccounts.ADMIN;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.tracker.testing.ApplicationTest;

/** Controllers get request strings trimmed and blank ones as absent: padded and blank parameters change nothing. */
@ApplicationTest
class TrimmedRequestStringsOverHttpTest {

    @Autowired
    MockMvc mvc;

    /** Parameters as {@code name=value} joined by commas; {@code _} stands for a space. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/compare                 | indicator=_SIPAS_,province=_67_,province=,province=45_,year=_2024"
                        + "                                     | indicator=SIPAS,province=67,province=45,year=2024",
                "/compare                 | indicator=_,province=_,year=2024          | year=2024",
                "/api/v1/attainment       | province=_67_,year=2024                   | province=67,year=2024",
                "/api/v1/attainment       | province=__,year=2024                     | year=2024",
                "/export/measurements.csv | province=_67_,indicator=_,layout=_        | province=67",
                "/admin/audit             | user=_,province=__                        | ''"
            })
    void paddedAndBlankParametersAnswerAsTheirPlainForm(String path, String padded, String plain) throws Exception {
        assertThat(content(request(path, padded))).isEqualTo(content(request(path, plain)));
    }

    private static MockHttpServletRequestBuilder request(String path, String parameters) {
        MockHttpServletRequestBuilder request = get(path).with(user(ADMIN).roles("ADMIN"));
        for (String parameter : parameters.split(",")) {
            if (!parameter.isEmpty()) {
                int equals = parameter.indexOf('=');
                request.param(
                        parameter.substring(0, equals),
                        parameter.substring(equals + 1).replace('_', ' '));
            }
        }
        return request;
    }

    /** The body; of a page, its main part without the year picker (which repeats the query as sent). */
    private String content(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (!response.getContentType().startsWith("text/html")) {
            return body;
        }
        String main = body.substring(body.indexOf("<main"), body.indexOf("</main>"));
        return main.replaceAll("(?s)<form[^>]*year-picker.*?</form>", "");
    }
}
