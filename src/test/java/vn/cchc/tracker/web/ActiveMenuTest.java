package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.TestAccounts.ADMIN;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.tracker.testing.ApplicationTest;

/** Each page marks its own entry of the menu (the page template names it), and only that one. */
@ApplicationTest
class ActiveMenuTest {

    private static final Pattern ACTIVE = Pattern.compile("class=\"(?:nav-link|nav-link dropdown-toggle account-toggle)"
            + " active\"\\s+(?:href=\"([^\"]*)\"|type=\"button\")");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/?year=2025                     | /",
                "/provinces                      | /provinces",
                "/provinces/67?year=2025         | /provinces",
                "/compare?year=2025              | /compare",
                "/indicators                     | /indicators",
                "/sources                        | /sources",
                "/results                        | /results",
                "/provinces/67/results/2024      | /results",
                "/import                         | /results",
                "/admin/accounts                 | admin menu",
                "/admin/audit                    | admin menu",
                "/admin/restore                  | admin menu",
                "/admin/publications             | admin menu",
                "/account/password               | none",
                "/login                          | none"
            })
    void thePageMarksItsMenuEntry(String url, String entry) throws Exception {
        String html = mvc.perform(get(url).with(user(ADMIN).roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> active = new ArrayList<>();
        Matcher m = ACTIVE.matcher(html);
        while (m.find()) {
            if (m.group(1) == null) {
                active.add("admin menu");
            } else if (!m.group(1).contains("lang=")) { // the language switch marks the page's language
                active.add(m.group(1));
            }
        }

        assertThat(active)
                .as("active menu entries of %s", url)
                .isEqualTo(entry.equals("none") ? List.of() : List.of(entry));
    }
}
