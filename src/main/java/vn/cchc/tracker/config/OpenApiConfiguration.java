package vn.cchc.tracker.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui/index.html}): the API's
 * title and purpose, and the 500 answer every endpoint can give, in the shared error shape.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The name of the HTTP Basic security scheme that the writing operations require. */
    static final String BASIC_AUTH = "basicAuth";

    private static final Map<String, Object> UNEXPECTED_EXAMPLE = unexpectedExample();

    @Bean
    OpenAPI cchcOpenApi() {
        return new OpenAPI()
                .info(new Info().title("CCHC Tracker API").version("v1").description("""
                                JSON API of CCHC Tracker: Vietnamese provinces' administrative-reform (CCHC) \
                                targets, the shared indicator catalogue, the attainment of each target in a year, and \
                                (for accounts with write access, by HTTP Basic or a session) the import of yearly results. \
                                Every error answers with the same JSON shape (`ApiError`); messages and explanations \
                                are Vietnamese unless `lang=en` is given. Data come from provinces' public documents \
                                and reports."""))
                // Swagger UI's "Authorize" button: HTTP Basic, as scripts use it (curl -u)
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC_AUTH,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("An account's username and password (editors and admins may "
                                                + "import; reading needs none).")));
    }

    private static Map<String, Object> unexpectedExample() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("status", 500);
        example.put("error", "Internal Server Error");
        example.put("message", "Lỗi không mong đợi; vui lòng thử lại sau.");
        example.put("path", "/api/v1/provinces");
        example.put("parameter", null);
        example.put("timestamp", "2025-03-01T02:03:04.567Z");
        return example;
    }

    /** Every writing operation (anything but GET) asks for HTTP Basic, so Swagger UI sends the credentials. */
    @Bean
    OpenApiCustomizer basicAuthForWrites() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
                if (method != io.swagger.v3.oas.models.PathItem.HttpMethod.GET) {
                    operation.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
                }
            }));
        };
    }

    /** Adds the generic 500 answer (with an example) to every operation that does not describe one. */
    @Bean
    OpenApiCustomizer unexpectedErrorResponse() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getResponses() != null
                        && !operation.getResponses().containsKey("500")) {
                    Content content = new Content()
                            .addMediaType(
                                    "application/json",
                                    new MediaType()
                                            .schema(new Schema<>().$ref("#/components/schemas/ApiError"))
                                            .addExamples("unexpected", new Example().value(UNEXPECTED_EXAMPLE)));
                    operation
                            .getResponses()
                            .addApiResponse(
                                    "500",
                                    new ApiResponse()
                                            .description("Unexpected error; nothing was changed.")
                                            .content(content));
                }
            }));
        };
    }
}
