package vn.cchc.tracker.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the running application maps, read from Spring MVC: one per HTTP method and URL pattern ("ANY" when
 * a mapping names no method), with its handler. The one enumeration the tests that must cover every endpoint share
 * (the authorization matrix, the route table, the malformed-input guard), so a new endpoint is in all of them
 * without anyone remembering.
 */
public final class MappedEndpoints {

    /** {@code GET /provinces/{code}} and the method that answers it. */
    public record Endpoint(String method, String pattern, HandlerMethod handler, RequestMappingInfo info) {

        /** "GET /provinces/{code}". */
        public String key() {
            return method + " " + pattern;
        }
    }

    private MappedEndpoints() {}

    /** Sorted by pattern, then method. */
    public static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint("ANY", pattern, handler, info));
                }
                methods.forEach(m -> endpoints.add(new Endpoint(m.name(), pattern, handler, info)));
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::pattern)
                .thenComparing(Endpoint::method)
                .thenComparing(e -> e.handler().toString()));
        return endpoints;
    }
}
