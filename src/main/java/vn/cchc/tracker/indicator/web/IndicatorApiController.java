package vn.cchc.tracker.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.support.Numbers;
import vn.cchc.tracker.support.web.ApiDocs;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "The indicator catalogue shared by all provinces")
class IndicatorApiController {

    private final IndicatorService indicators;

    IndicatorApiController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    @Operation(
            operationId = "listIndicators",
            summary = "The indicator catalogue",
            description = """
                    Every indicator with its Vietnamese and English names, reform area, unit kind (PERCENT, SCORE, RANK, \
                    COUNT, GROUP), direction, valid range, and for GROUP indicators its levels lowest first. Yearly results \
                    and targets name indicators by `code`.""",
            parameters =
                    @Parameter(
                            name = "lang",
                            in = ParameterIn.QUERY,
                            description = ApiDocs.LANG_DESCRIPTION,
                            example = "en",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"vi", "en"})),
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The catalogue, by reform area then code",
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            array =
                                                    @ArraySchema(
                                                            schema = @Schema(implementation = IndicatorJson.class)),
                                            examples = @ExampleObject(name = "SIPAS", value = """
                            [{"code":"SIPAS","nameVi":"Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",\
                            "nameEn":"Satisfaction with public administrative services (SIPAS)","reformArea":"DIRECTION",\
                            "unitKind":"PERCENT","direction":"HIGHER_IS_BETTER","minValue":0,"maxValue":100,"levels":null}]"""))))
    List<IndicatorJson> list() {
        return indicators.catalogue().stream().map(IndicatorJson::of).toList();
    }

    record IndicatorJson(
            String code,
            String nameVi,
            String nameEn,
            String reformArea,
            String unitKind,
            String direction,
            BigDecimal minValue,
            BigDecimal maxValue,
            List<String> levels) {

        static IndicatorJson of(Indicator i) {
            return new IndicatorJson(
                    i.getCode(),
                    i.getNameVi(),
                    i.getNameEn(),
                    i.getReformArea().getCode(),
                    i.getUnitKind().name(),
                    i.getDirection().name(),
                    Numbers.plain(i.getMinValue()),
                    Numbers.plain(i.getMaxValue()),
                    i.isGroup() ? i.levelNames() : null);
        }
    }
}
