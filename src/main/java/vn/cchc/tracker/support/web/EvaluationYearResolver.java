package vn.cchc.tracker.support.web;

import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import vn.cchc.tracker.support.EvaluationYears;

/** Resolves {@link EvaluationYear} arguments; registered for every controller by the web configuration. */
public class EvaluationYearResolver implements HandlerMethodArgumentResolver {

    private final EvaluationYears years;

    public EvaluationYearResolver(EvaluationYears years) {
        this.years = years;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(EvaluationYear.class)
                && (parameter.getParameterType() == int.class || parameter.getParameterType() == Integer.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        String name = parameter.getParameterAnnotation(EvaluationYear.class).value();
        String requested = requested(name, request);
        if (parameter.getParameterType() == Integer.class && (requested == null || requested.isBlank())) {
            return null;
        }
        return years.resolve(name, requested);
    }

    /** The path variable, else the query parameter; repeated values joined by commas, as a String parameter. */
    @SuppressWarnings("unchecked")
    private static String requested(String name, NativeWebRequest request) {
        Map<String, String> path = (Map<String, String>)
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (path != null && path.containsKey(name)) {
            return path.get(name);
        }
        String[] values = request.getParameterValues(name);
        return values == null ? null : String.join(",", values);
    }
}
