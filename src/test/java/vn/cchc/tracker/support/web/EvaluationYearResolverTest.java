package vn.cchc.tracker.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerMapping;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class EvaluationYearResolverTest {

    private final EvaluationYearResolver resolver = new EvaluationYearResolver(
            new EvaluationYears(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC)));

    @SuppressWarnings("unused")
    void handler(@EvaluationYear int year, @EvaluationYear("from") Integer from, int plain) {}

    @Test
    void aMissingOrBlankYearIsTheCurrentOneForAnIntAndNoneForAnInteger() throws Exception {
        assertThat(resolve(0, new MockHttpServletRequest())).isEqualTo(2026);
        assertThat(resolve(0, query("year", " "))).isEqualTo(2026);
        assertThat(resolve(1, new MockHttpServletRequest())).isNull();
        assertThat(resolve(1, query("from", ""))).isNull();
    }

    @Test
    void readsThePathVariableElseTheQueryParameter() throws Exception {
        assertThat(resolve(0, query("year", " 2024 "))).isEqualTo(2024);
        assertThat(resolve(1, query("from", "2019"))).isEqualTo(2019);
        MockHttpServletRequest path = query("year", "2020");
        path.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("year", "2023"));
        assertThat(resolve(0, path)).isEqualTo(2023);
    }

    @Test
    void aYearThatIsNotOneIsABadParameterNamingIt() {
        MockHttpServletRequest repeated = query("year", "2024");
        repeated.addParameter("year", "2025");
        for (MockHttpServletRequest request : List.of(query("year", "20x5"), query("year", "1800"), repeated)) {
            assertThatThrownBy(() -> resolve(0, request))
                    .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter())
                            .isEqualTo("year"));
        }
        assertThatThrownBy(() -> resolve(1, query("from", "soon")))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter())
                        .isEqualTo("from"));
    }

    @Test
    void onlyAnnotatedYearsAreResolved() throws Exception {
        assertThat(resolver.supportsParameter(parameter(0))).isTrue();
        assertThat(resolver.supportsParameter(parameter(1))).isTrue();
        assertThat(resolver.supportsParameter(parameter(2))).isFalse();
    }

    private Object resolve(int index, MockHttpServletRequest request) throws Exception {
        return resolver.resolveArgument(parameter(index), null, new ServletWebRequest(request), null);
    }

    private static MethodParameter parameter(int index) throws Exception {
        Method method =
                EvaluationYearResolverTest.class.getDeclaredMethod("handler", int.class, Integer.class, int.class);
        return new MethodParameter(method, index);
    }

    private static MockHttpServletRequest query(String name, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter(name, value);
        return request;
    }
}
