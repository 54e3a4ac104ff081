package vn.cchc.tracker.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * The OpenAPI description covers every {@code /api/v1} endpoint the application actually maps — found from the
 * handler mappings, so a new endpoint without documentation fails here — each with a summary and at least one
 * error answer in the shared {@code ApiError} shape, and a client-error (4xx) answer when it takes any input.
 */
@ApplicationTest
class OpenApiDocsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void describesEveryApiEndpointTheApplicationMapsWithASummaryAndAnErrorAnswer() throws Exception {
        JsonNode paths = docs().get("paths");
        Map<String, Set<String>> mapped = apiEndpoints();
        assertThat(mapped)
                .as("/api/v1 endpoints found in the handler mappings")
                .containsKeys(
                        "/api/v1/provinces",
                        "/api/v1/indicators",
                        "/api/v1/provinces/{code}/targets",
                        "/api/v1/attainment",
                        "/api/v1/measurements/import");

        List<String> missing = new ArrayList<>();
        mapped.forEach((path, methods) -> methods.forEach(method -> {
            JsonNode operation = paths.path(path).path(method);
            if (operation.isMissingNode()) {
                missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
                return;
            }
            assertThat(operation.path("summary").asString())
                    .as("summary of %s %s", method, path)
                    .isNotBlank();
            List<String> errors = new ArrayList<>();
            operation.path("responses").properties().forEach(e -> {
                if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
                    String ref = e.getValue()
                            .path("content")
                            .path("application/json")
                            .path("schema")
                            .path("$ref")
                            .asString();
                    assertThat(ref)
                            .as("schema of %s answer of %s %s", e.getKey(), method, path)
                            .endsWith("/ApiError");
                    errors.add(e.getKey());
                }
            });
            assertThat(errors).as("error answers of %s %s", method, path).isNotEmpty();
            // the 500 answer is added to every operation; an endpoint that takes input must say how it refuses it
            boolean takesInput = operation.has("requestBody");
            for (JsonNode parameter : operation.path("parameters")) {
                takesInput |= !parameter.path("name").asString().equals("lang");
            }
            if (takesInput) {
                assertThat(errors)
                        .as("4xx answers of %s %s, which takes input", method, path)
                        .anyMatch(code -> code.startsWith("4"));
            }
        }));
        assertThat(missing).as("endpoints without documentation").isEmpty();
    }

    @Test
    void givesEveryOperationItsOwnOperationId() throws Exception {
        List<String> ids = new ArrayList<>();
        docs().get("paths")
                .forEach(path -> path.forEach(
                        operation -> ids.add(operation.path("operationId").asString())));

        assertThat(ids).isNotEmpty().doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+$"));
    }

    @Test
    void documentsOnlyTheJsonApiNotThePages() throws Exception {
        List<String> documented = new ArrayList<>();
        docs().get("paths").propertyNames().forEach(documented::add);

        assertThat(documented).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("/api/v1/"));
    }

    @Test
    void documentsTheClientErrorsEachEndpointCanGive() throws Exception {
        JsonNode paths = docs().get("paths");

        assertThat(paths.path("/api/v1/provinces/{code}/targets")
                        .path("get")
                        .path("responses")
                        .has("404"))
                .isTrue();
        JsonNode attainment = paths.path("/api/v1/attainment").path("get");
        assertThat(attainment.path("responses").has("400")).isTrue();
        assertThat(attainment
                        .path("responses")
                        .path("400")
                        .path("content")
                        .path("application/json")
                        .path("examples")
                        .size())
                .isEqualTo(2);
        List<String> parameters = new ArrayList<>();
        attainment.path("parameters").forEach(p -> {
            parameters.add(p.path("name").asString());
            assertThat(p.path("description").asString())
                    .as("description of %s", p.path("name").asString())
                    .isNotBlank();
        });
        assertThat(parameters).containsExactlyInAnyOrder("province", "year", "detail", "lang");
    }

    @Test
    void describesTheErrorShape() throws Exception {
        JsonNode apiError =
                docs().path("components").path("schemas").path("ApiError").path("properties");

        List<String> fields = new ArrayList<>();
        apiError.propertyNames().forEach(fields::add);
        assertThat(fields)
                .containsExactlyInAnyOrder("status", "error", "message", "path", "parameter", "timestamp", "problems");
        JsonNode problem =
                docs().path("components").path("schemas").path("Problem").path("properties");
        List<String> problemFields = new ArrayList<>();
        problem.propertyNames().forEach(problemFields::add);
        assertThat(problemFields).containsExactlyInAnyOrder("row", "column", "message");
    }

    @Test
    void documentsHowTheImportRefusesAFileWithExamples() throws Exception {
        JsonNode operation =
                docs().path("paths").path("/api/v1/measurements/import").path("post");

        assertThat(operation.path("requestBody").path("content").has("multipart/form-data"))
                .isTrue();
        for (String status : List.of("200", "400", "401", "403", "409", "422")) {
            assertThat(operation.path("responses").has(status))
                    .as("answer %s", status)
                    .isTrue();
        }
        JsonNode badRows = operation
                .path("responses")
                .path("422")
                .path("content")
                .path("application/json")
                .path("examples")
                .path("bad rows")
                .path("value");
        JsonNode example = badRows.isString() ? JSON.readTree(badRows.asString()) : badRows;
        assertThat(example.path("problems").size()).isEqualTo(2);
        assertThat(example.path("problems").get(0).path("column").asString()).isEqualTo("value");
        assertThat(operation.path("description").asString()).contains("HTTP Basic", "dryRun");
    }

    @Test
    void errorExamplesMatchWhatTheApiReallyAnswers() throws Exception {
        JsonNode example = docs().path("paths")
                .path("/api/v1/provinces/{code}/targets")
                .path("get")
                .path("responses")
                .path("404")
                .path("content")
                .path("application/json")
                .path("examples")
                .path("unknown code")
                .path("value");
        JsonNode real = JSON.readTree(mvc.perform(get("/api/v1/provinces/99/targets"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        JsonNode documented = example.isString() ? JSON.readTree(example.asString()) : example;

        for (String field : List.of("status", "error", "message", "path", "parameter")) {
            assertThat(documented.path(field)).as(field).isEqualTo(real.path(field));
        }
    }

    @Test
    void servesSwaggerUi() throws Exception {
        MockHttpServletResponse page =
                mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
        MockHttpServletResponse config =
                mvc.perform(get("/v3/api-docs/swagger-config")).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("swagger-ui");
        assertThat(config.getStatus()).isEqualTo(200);
        assertThat(config.getContentAsString(StandardCharsets.UTF_8)).contains("/v3/api-docs");
    }

    private JsonNode docs() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** Path → HTTP methods (lower case) of every handler under /api/v1. */
    private Map<String, Set<String>> apiEndpoints() {
        Map<String, Set<String>> endpoints = new TreeMap<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                Set<String> names = endpoints.computeIfAbsent(pattern, p -> new TreeSet<>());
                if (methods.isEmpty()) {
                    names.add("get");
                }
                methods.forEach(m -> names.add(m.name().toLowerCase(Locale.ROOT)));
            }
        }
        return endpoints;
    }
}
