package vn.cchc.tracker.web;

import java.beans.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.tracker.testing.MappedEndpoints.Endpoint;

/**
 * The catalogue of malformed requests {@link NoServerErrorForMalformedInputTest} sends to one endpoint: bad cookies,
 * unusual {@code Accept} headers, hostile values in every path variable, request parameter and form field the handler
 * takes (read from its parameters and its form objects' properties, so a new field is covered without anyone
 * remembering), malformed multipart bodies where it takes a file, and a tampered CSRF token on every POST.
 */
final class MalformedInputs {

    static final String NUL = "a\u0000b";
    static final String LONG = "x".repeat(100_000);
    /** What a value may be that no form of this application accepts, each at least once in every field. */
    static final List<String> HOSTILE_VALUES = List.of(NUL, LONG, "99999999999999999999", "-1", "1e309", "NaN");

    static final List<String> BAD_COOKIES =
            List.of("cchc-lang=\"en\"", "cchc-lang=%00", "cchc-lang=xx-YY-not-a-locale-" + "v".repeat(2000));
    /** Instead of the user's own session cookie. */
    static final List<String> BROKEN_SESSION_COOKIES = List.of(
            "CCHC_SESSION=!!!not-a-session!!!",
            "CCHC_SESSION="
                    + Base64.getEncoder()
                            .encodeToString("no such session, not even a uuid".getBytes(StandardCharsets.UTF_8)),
            "CCHC_SESSION=%00");

    static final List<String> ACCEPTS =
            List.of("text/html", "application/json", "*/*;q=bogus", "image/png", "application/json;q=0.5, */*;q=x");

    private static final String BOUNDARY = "----cchc-guard-boundary";
    /** Content type and body of multipart requests a client could send: none of them an acceptable upload. */
    static final List<String[]> MALFORMED_MULTIPARTS = List.of(
            new String[] {"multipart/form-data", "garbage without a boundary"},
            new String[] {"multipart/form-data; boundary=xyz", "--xyz\r\ngarbage without headers\r\n"},
            new String[] {"multipart/form-data; boundary=", "garbage"},
            new String[] {"multipart/form-data; boundary=\"unterminated", "garbage"},
            new String[] {
                "multipart/form-data; boundary=" + BOUNDARY,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kq.csv\"\r\n\r\n"
                        + "province_code,indicator_code,year,value\r\n67,SIPAS,2024,80\r\n"
            },
            new String[] {
                "multipart/form-data; boundary=" + BOUNDARY,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"k\u0000q.csv\"\r\n\r\n"
                        + "\u0000\u0000\u0000\r\n--" + BOUNDARY + "--\r\n"
            },
            new String[] {
                "multipart/form-data; boundary=" + BOUNDARY,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + LONG
                        + ".csv\"\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n"
            });

    /** How a request carries the user's CSRF token. */
    enum Csrf {
        NONE,
        FIELD,
        HEADER,
        TAMPERED_FIELD
    }

    /** One request: method, path with query, an optional body, extra headers. */
    record Probe(
            String endpoint,
            String what,
            String method,
            String path,
            String contentType,
            String body,
            Map<String, String> form,
            Map<String, String> headers,
            String cookie,
            boolean replacesSession,
            Csrf csrf) {

        /** The API and its OpenAPI description, whose errors are ApiError JSON. */
        boolean api() {
            return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    /** Simple argument types Spring MVC fills from the request itself, never from a parameter. */
    private static final Set<Class<?>> FROM_THE_REQUEST = Set.of(Locale.class, TimeZone.class, ZoneId.class);

    private MalformedInputs() {}

    /**
     * Every probe of one endpoint. {@code samples} gives a valid value for a path variable by name ("id" by the
     * path's first segment: "documents.id"), so each probe spoils one thing and reaches as deep as it can.
     * {@code everything}: also the cookies, {@code Accept} headers and each field spoiled alone (for the admin, who
     * reaches every handler); otherwise two values in each path variable, every field at once, CSRF tokens and
     * multipart bodies.
     */
    static List<Probe> of(Endpoint endpoint, Map<String, String> samples, boolean everything) {
        return of(
                endpoint.method(),
                endpoint.pattern(),
                fields(endpoint.handler()),
                takesAFile(endpoint.handler()),
                samples,
                everything);
    }

    /** The same for an endpoint no controller maps (a security filter's: the login form's POST). */
    static List<Probe> of(
            String endpointMethod,
            String pattern,
            Set<String> fields,
            boolean takesAFile,
            Map<String, String> samples,
            boolean everything) {
        String method = endpointMethod.equals("ANY") ? "GET" : endpointMethod;
        boolean post = method.equals("POST");
        Csrf csrf = post ? Csrf.FIELD : Csrf.NONE;
        String sample = fill(pattern, samples, null, null);
        List<Probe> probes = new ArrayList<>();
        Factory f = new Factory(endpointMethod + " " + pattern, method, probes);

        if (everything) {
            for (String cookie : BAD_COOKIES) {
                f.add("cookie " + abbreviate(cookie), sample, Map.of(), Map.of(), cookie, false, csrf);
            }
            for (String cookie : BROKEN_SESSION_COOKIES) {
                f.add("session cookie " + abbreviate(cookie), sample, Map.of(), Map.of(), cookie, true, csrf);
            }
            for (String accept : ACCEPTS) {
                f.add("Accept: " + accept, sample, Map.of(), Map.of("Accept", accept), null, false, csrf);
            }
        }
        Matcher variables = VARIABLE.matcher(pattern);
        while (variables.find()) {
            String variable = variables.group(1);
            // a path is parsed alike for everyone: the admin tries every value, the others the two that go deepest
            for (String value : everything ? HOSTILE_VALUES : List.of(NUL, "99999999999999999999")) {
                f.add(
                        "path {" + variable + "}=" + abbreviate(value),
                        fill(pattern, samples, variable, value),
                        Map.of(),
                        Map.of(),
                        null,
                        false,
                        csrf);
            }
        }
        if (!fields.isEmpty()) {
            for (String value : HOSTILE_VALUES) {
                Map<String, String> all = new LinkedHashMap<>();
                fields.forEach(field -> all.put(field, value));
                f.params("every field=" + abbreviate(value), sample, all, csrf);
            }
            if (everything) {
                for (String field : fields) {
                    for (String value : List.of(NUL, LONG)) {
                        f.params(field + "=" + abbreviate(value), sample, Map.of(field, value), csrf);
                    }
                }
            }
        }
        if (post) {
            f.add("tampered CSRF token", sample, Map.of(), Map.of(), null, false, Csrf.TAMPERED_FIELD);
            f.add("no CSRF token", sample, Map.of(), Map.of(), null, false, Csrf.NONE);
        }
        if (takesAFile) {
            for (String[] multipart : MALFORMED_MULTIPARTS) {
                probes.add(new Probe(
                        endpointMethod + " " + pattern,
                        "multipart " + abbreviate(multipart[0]) + " " + abbreviate(multipart[1]),
                        method,
                        sample,
                        multipart[0],
                        multipart[1],
                        Map.of(),
                        Map.of(),
                        null,
                        false,
                        Csrf.HEADER));
            }
        }
        return probes;
    }

    private record Factory(String endpoint, String method, List<Probe> probes) {

        void add(
                String what,
                String path,
                Map<String, String> form,
                Map<String, String> headers,
                String cookie,
                boolean replacesSession,
                Csrf csrf) {
            probes.add(
                    new Probe(endpoint, what, method, path, null, null, form, headers, cookie, replacesSession, csrf));
        }

        /** In the query of a GET, in the form body of a POST. */
        void params(String what, String path, Map<String, String> params, Csrf csrf) {
            if (method.equals("GET")) {
                StringBuilder query = new StringBuilder();
                params.forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&')
                        .append(encode(name))
                        .append('=')
                        .append(encode(value)));
                add(what, path + query, Map.of(), Map.of(), null, false, csrf);
            } else {
                add(what, path, params, Map.of(), null, false, csrf);
            }
        }
    }

    /** The pattern with every variable's sample, except {@code spoiled}, which gets {@code value}. */
    private static String fill(String pattern, Map<String, String> samples, String spoiled, String value) {
        String first = pattern.length() > 1 ? pattern.split("/")[1] : "";
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String variable = m.group(1);
            String replacement = variable.equals(spoiled)
                    ? encode(value)
                    : samples.getOrDefault(first + "." + variable, samples.getOrDefault(variable, "1"));
            m.appendReplacement(path, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(path);
        return path.toString();
    }

    /**
     * The request parameters a handler reads: its {@code @RequestParam}s and other simple arguments (named by an
     * annotation's value, e.g. {@code @EvaluationYear("year")}, or else by the parameter's name), and the properties
     * of its form objects, a list's as {@code rows[0].value}.
     */
    static Set<String> fields(HandlerMethod handler) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || MultipartFile.class.isAssignableFrom(type)
                    || FROM_THE_REQUEST.contains(type)) {
                continue;
            }
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            String named = requestParam != null ? requestParam.name() : annotatedName(parameter);
            if (requestParam != null || named != null || simple(type)) {
                names.add(named != null && !named.isEmpty() ? named : parameter.getParameterName());
            } else if (type.getName().startsWith("vn.cchc.tracker.")) {
                properties(type, "", names, 0);
            }
        }
        return names;
    }

    private static boolean takesAFile(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                return true;
            }
        }
        return false;
    }

    /** The value of an application annotation on the parameter, e.g. {@code @EvaluationYear("year")}. */
    private static String annotatedName(MethodParameter parameter) {
        for (Annotation annotation : parameter.getParameterAnnotations()) {
            if (annotation.annotationType().getName().startsWith("vn.cchc.tracker.")
                    && AnnotationUtils.getValue(annotation) instanceof String name
                    && !name.isEmpty()) {
                return name;
            }
        }
        return null;
    }

    private static void properties(Class<?> type, String prefix, Set<String> names, int depth) {
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() == null) {
                continue;
            }
            String name = prefix + property.getName();
            Class<?> propertyType = property.getPropertyType();
            if (simple(propertyType)) {
                names.add(name);
            } else if (Collection.class.isAssignableFrom(propertyType) || propertyType.isArray()) {
                Class<?> element = ResolvableType.forMethodParameter(property.getWriteMethod(), 0)
                        .asCollection()
                        .resolveGeneric(0);
                if (propertyType.isArray()) {
                    element = propertyType.getComponentType();
                }
                if (element == null || simple(element)) {
                    names.add(name);
                } else if (depth < 2) {
                    properties(element, name + "[0].", names, depth + 1);
                    // past the form's limit of rows
                    properties(element, name + "[100000].", names, depth + 1);
                }
            } else if (depth < 2 && propertyType.getName().startsWith("vn.cchc.tracker.")) {
                properties(propertyType, name + ".", names, depth + 1);
            }
        }
    }

    private static boolean simple(Class<?> type) {
        return BeanUtils.isSimpleValueType(type) || type.isEnum();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String value) {
        String shown = value.replace("\u0000", "\\0").replace("\r\n", "⏎");
        return shown.length() > 40 ? shown.substring(0, 30) + "…(" + value.length() + " chars)" : shown;
    }
}
