package vn.cchc.tracker.target.web;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.Numbers;
import vn.cchc.tracker.support.web.ApiDocs;
import vn.cchc.tracker.support.web.ApiError;
import vn.cchc.tracker.target.Target;
import vn.cchc.tracker.target.TargetService;

@RestController
@Tag(name = "Targets", description = "The targets provinces' documents set")
class TargetApiController {

    private final ProvinceService provinces;
    private final TargetService targets;
    private final EvaluationYears years;

    TargetApiController(ProvinceService provinces, TargetService targets, EvaluationYears years) {
        this.provinces = provinces;
        this.targets = targets;
        this.years = years;
    }

    /** Every target of the province, across the units that have carried its code. */
    @GetMapping("/api/v1/provinces/{code}/targets")
    @Operation(
            operationId = "listProvinceTargets",
            summary = "Every target of a province",
            description = """
                    The targets of every document of the units that have carried the GSO code, in document order: \
                    indicator, comparison, threshold (a number, or a level name for GROUP_AT_LEAST), deadline year, \
                    baseline and the sentence exactly as the document wrote it.""",
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
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The targets (empty when the province has no documents)",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        array = @ArraySchema(schema = @Schema(implementation = TargetJson.class)),
                                        examples = @ExampleObject(name = "PAR Index rank", value = """
                                    [{"id":26,"provinceCode":"67","provinceName":"Đắk Nông","documentNumber":"20-NQ/TU",\
                                    "indicatorCode":"PAR_INDEX_RANK","comparison":"RANK_AT_BEST","threshold":37,\
                                    "deadlineYear":2030,"baselineYear":null,"baselineValue":null,"scopeNote":null,\
                                    "sentence":"Đến năm 2030, tỉnh phấn đấu chỉ số CCHC đạt thứ hạng từ 37 trở lên; …"}]"""))),
                @ApiResponse(
                        responseCode = "400",
                        description = "The year is not a year from 1990 to 2100",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = ApiError.class),
                                        examples = @ExampleObject(name = "bad year", value = ApiDocs.BAD_YEAR))),
                @ApiResponse(
                        responseCode = "404",
                        description = "No province has this code",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = ApiError.class),
                                        examples =
                                                @ExampleObject(
                                                        name = "unknown code",
                                                        value = ApiDocs.NOT_FOUND_PROVINCE)))
            })
    List<TargetJson> targetsOf(
            @Parameter(description = "GSO code of the province, e.g. 67 (Đắk Nông)", example = "67") @PathVariable
                    String code,
            @Parameter(
                            description =
                                    "Only the targets of the unit that carried the code in this year, 1990–2100 (52:"
                                            + " Bình Định until 2024, Gia Lai from 2025; a code retired before the year"
                                            + " means its last unit); omit for every unit that has carried the code",
                            example = "2024",
                            schema = @Schema(type = "string"))
                    @RequestParam(required = false)
                    String year) {
        ProvinceProfile profile = provinces.profile(code);
        List<Target> all = targets.targetsOfProvince(code);
        if (year == null || year.isBlank()) {
            return all.stream().map(TargetJson::of).toList();
        }
        Long unit = profile.inYear(years.resolve("year", year)).current().getId();
        return all.stream()
                .filter(t -> t.getDocument().getProvince().getId().equals(unit))
                .map(TargetJson::of)
                .toList();
    }

    record TargetJson(
            long id,
            String provinceCode,
            String provinceName,
            String documentNumber,
            String indicatorCode,
            String comparison,

            @Schema(description = "A number, or for GROUP_AT_LEAST the level name", example = "37")
            Object threshold,

            int deadlineYear,
            Integer baselineYear,
            BigDecimal baselineValue,
            String scopeNote,
            String sentence) {

        static TargetJson of(Target t) {
            Object threshold =
                    t.getThresholdLevel() != null ? t.getThresholdLevel() : Numbers.plain(t.getThresholdValue());
            return new TargetJson(
                    t.getId(),
                    t.getDocument().getProvince().getCode(),
                    t.getDocument().getProvince().getNameVi(),
                    t.getDocument().getNumber(),
                    t.getIndicator().getCode(),
                    t.getComparison().name(),
                    threshold,
                    t.getDeadlineYear(),
                    t.getBaselineYear(),
                    Numbers.plain(t.getBaselineValue()),
                    t.getScopeNote(),
                    t.getSentence());
        }
    }
}
