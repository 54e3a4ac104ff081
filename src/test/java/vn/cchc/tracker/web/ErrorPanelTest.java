package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * Every error page is laid out by the shared error panel (fragments/common :: errorPanel): code, title, explanation,
 * then the way back. Rendered from the templates, as the 403 comes from the container and a 409 from a race.
 */
@ApplicationTest
class ErrorPanelTest {

    private static final Pattern PANEL = Pattern.compile(
            "<div class=\"error-page py-5 text-center\">\\s*"
                    + "<p class=\"display-5 fw-bold text-body-secondary mb-2\">(\\d{3})</p>\\s*"
                    + "<h1 class=\"h3\">([^<]+)</h1>\\s*<p class=\"lead\">([^<]+)</p>(.*?)</div>\\s*</main>",
            Pattern.DOTALL);

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    ApplicationContext context;

    @Autowired
    ServletContext servletContext;

    @ParameterizedTest
    @ValueSource(strings = {"400", "403", "404", "409"})
    void theErrorPageIsTheSharedPanel(String code) {
        Matcher panel = PANEL.matcher(render("error/" + code, null));

        assertThat(panel.find()).as("error/%s on the error panel", code).isTrue();
        assertThat(panel.group(1)).isEqualTo(code);
        assertThat(panel.group(2)).isNotBlank();
        assertThat(panel.group(3)).isNotBlank();
    }

    /** Every one but 503, which is drawn without the layout while the database is away. */
    @ParameterizedTest
    @ValueSource(strings = {"error.html", "error/400.html", "error/403.html", "error/404.html", "error/409.html"})
    void theTemplateDrawsThePanelFromTheSharedFragment(String file) throws Exception {
        assertThat(Files.readString(Path.of("src/main/resources/templates", file)))
                .contains("fragments/common :: errorPanel(");
    }

    @ParameterizedTest
    @ValueSource(strings = {"400", "403", "404"})
    void itLeadsBackHome(String code) {
        Matcher panel = PANEL.matcher(render("error/" + code, null));

        assertThat(panel.find()).isTrue();
        assertThat(panel.group(4).strip()).isEqualTo("<a class=\"btn btn-primary\" href=\"/\">Về trang chủ</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/documents/1/edit", ""})
    void theConflictPageOffersTheFormAgainAndHome(String back) {
        Matcher panel = PANEL.matcher(render("error/409", back.isEmpty() ? null : back));

        assertThat(panel.find()).isTrue();
        assertThat(panel.group(2)).isEqualTo("Dữ liệu vừa được người khác thay đổi");
        assertThat(panel.group(4)).contains("<p>Hãy mở lại biểu mẫu: biểu mẫu sẽ hiện giá trị mới nhất");
        if (back.isEmpty()) {
            assertThat(panel.group(4))
                    .doesNotContain("Mở lại biểu mẫu</a>")
                    .contains("<a class=\"btn btn-primary\" href=\"/\">");
        } else {
            assertThat(panel.group(4))
                    .contains(
                            "<a class=\"btn btn-primary\" href=\"/documents/1/edit\">Mở lại biểu mẫu</a>",
                            "<a class=\"btn btn-outline-secondary\" href=\"/\">Về trang chủ</a>");
        }
    }

    private String render(String template, String back) {
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/");
        WebContext page = new WebContext(
                JakartaServletWebApplication.buildApplication(servletContext)
                        .buildExchange(request, new MockHttpServletResponse()),
                Languages.VIETNAMESE);
        page.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        page.setVariable("back", back);
        return templates.process(template, page);
    }
}
