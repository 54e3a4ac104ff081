package vn.cchc.tracker.attainment.web;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.AttainmentResult;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.support.Numbers;
import vn.cchc.tracker.support.web.ApiDocs;
import vn.cchc.tracker.support.web.ApiError;
import vn.cchc.tracker.support.web.EvaluationYear;

@RestController
@Tag(name = "Attainment", description = "Where each target stands in a year, and why")
class AttainmentApiController {

    private final AttainmentService attainment;
    private final ProvinceService provinces;

    AttainmentApiController(AttainmentService attainment, ProvinceService provinces) {
        this.attainment = attainment;
        this.provinces = provinces;
    }

    /** Every target of one province (or all) with its status in the year, explained in the requested language. */
    @GetMapping("/api/v1/attainment")
    @Operation(
            operationId = "evaluateAttainment",
            summary = "Attainment of targets in a year",
            description = """
                    Every target of one province (or of all) judged in the evaluation year: the latest result at or \
                    before min(year, deadline), progress from the baseline, the status (MET, ON_TRACK, AT_RISK, \
                    OFF_TRACK, MISSED, AWAITING_RESULT, CLOSED, NO_DATA) and a one-sentence explanation in the \
                    requested language. Targets that set the same goal (same unit, indicator, comparison, threshold, \
                    baseline and deadline, in several documents) share a goalId; count goals, not targets. With \
                    detail=true each entry carries the calculation behind its status.""",
            parameters = {
                @Parameter(
                        name = "year",
                        in = ParameterIn.QUERY,
                        description = "Evaluation year, 1990–2100; omit for the current year",
                        example = "2025",
                        schema = @Schema(type = "string")),
                @Parameter(
                        name = "detail",
                        in = ParameterIn.QUERY,
                        description = "true: add the calculation (points, line, start, goal, progress, the rule)",
                        example = "true",
                        schema = @Schema(type = "boolean")),
                @Parameter(
                        name = "lang",
                        in = ParameterIn.QUERY,
                        description = ApiDocs.LANG_DESCRIPTION,
                        example = "en",
                        schema =
                                @Schema(
                                        type = "string",
                                        allowableValues = {"vi", "en"}))
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "One entry per target",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        array = @ArraySchema(schema = @Schema(implementation = AttainmentJson.class)),
                                        examples =
                                                @ExampleObject(
                                                        name = "SIPAS 2025, Quảng Trị (45), in 2024",
                                                        value = """
                                    [{"targetId":44,"provinceCode":"45","documentNumber":"02-NQ/BCSĐ","indicatorCode":"SIPAS",\
                                    "comparison":"AT_LEAST","threshold":85,"deadlineYear":2025,"baselineYear":null,\
                                    "baselineValue":null,"judgedYear":2023,"judgedValue":79.46,"projectedValue":85.52,\
                                    "progress":0.3536,"status":"ON_TRACK",\
                                    "explanation":"Năm 2023 đạt 79,46%, chưa đạt mục tiêu ≥ 85% vào năm 2025; theo xu hướng đến 2025 sẽ đạt khoảng 85,52% — đúng tiến độ.",\
                                    "goalId":44,"expectedValue":82.1433,"provisional":false}]"""))),
                @ApiResponse(
                        responseCode = "400",
                        description = "The year is not a year from 1990 to 2100, or no province has the code",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = ApiError.class),
                                        examples = {
                                            @ExampleObject(name = "bad year", value = ApiDocs.BAD_YEAR),
                                            @ExampleObject(name = "unknown province", value = ApiDocs.BAD_PROVINCE)
                                        }))
            })
    List<AttainmentJson> attainment(
            @Parameter(
                            description =
                                    "GSO code of one province; the targets of the unit that carried it in the year"
                                            + " (52: Bình Định until 2024, Gia Lai from 2025); a code retired before"
                                            + " the year means its last unit. Omit for every province",
                            example = "67")
                    @RequestParam(required = false)
                    String province,
            @Parameter(hidden = true) @EvaluationYear int year,
            @Parameter(hidden = true) @RequestParam(defaultValue = "false") boolean detail,
            Locale locale) {
        Long unitId = null;
        if (province != null) {
            try {
                // the unit that carried the code in the year: 52 is Bình Định in 2024, Gia Lai in 2026
                unitId = provinces.profile(province).inYear(year).current().getId();
            } catch (NotFoundException e) {
                throw new BadParameterException("province", "error.parameter.province", province);
            }
        }
        Predicate<Long> ofTheUnit = sameSeries(unitId);
        return attainment.evaluate(province, year, locale).stream()
                .filter(a -> ofTheUnit.test(a.target().unitId()))
                .map(a -> AttainmentJson.of(a, detail))
                .toList();
    }

    /** The API's contract: exactly these fields, group values as level names. */
    record AttainmentJson(
            long targetId,
            String provinceCode,
            String documentNumber,
            String indicatorCode,
            String comparison,

            @Schema(description = "A number, or for GROUP_AT_LEAST the level name", example = "90")
            Object threshold,

            int deadlineYear,
            Integer baselineYear,
            BigDecimal baselineValue,
            Integer judgedYear,

            @Schema(
                    description = "The judged result: a number, or a level name for group indicators",
                    example = "81.21")
            Object judgedValue,

            BigDecimal projectedValue,
            BigDecimal progress,
            String status,
            String explanation,

            @Schema(description = "The goal the target sets; targets of several documents setting one goal share it")
            long goalId,

            @Schema(
                    description = "Where a straight path from start to goal stands in min(year, deadline); numeric "
                            + "targets whose start year is before the deadline",
                    example = "82.1433")
            BigDecimal expectedValue,

            @Schema(
                    description = "Whether the judged value is provisional: recorded at a period of its year (first "
                            + "quarter, six months, nine months) and standing in for the yearly result not there yet")
            boolean provisional,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Only for a provisional judged value: its period, Q1, H1 or M9", example = "H1")
            String provisionalPeriod,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Only with detail=true: how the status was reached")
            CalculationJson calculation) {

        static AttainmentJson of(TargetAttainment a, boolean detail) {
            TargetRow t = a.target();
            AttainmentResult r = a.result();
            Object threshold = t.thresholdLevel() != null ? t.thresholdLevel() : Numbers.plain(t.thresholdValue());
            Object judged = r.explanation().judgedLevel() != null
                    ? r.explanation().judgedLevel()
                    : Numbers.plain(r.judgedValue());
            return new AttainmentJson(
                    t.targetId(),
                    t.provinceCode(),
                    t.documentNumber(),
                    t.indicatorCode(),
                    t.comparison().name(),
                    threshold,
                    t.deadlineYear(),
                    t.baselineYear(),
                    Numbers.plain(t.baselineValue()),
                    r.judgedYear(),
                    judged,
                    Numbers.plain(r.projectedValue()),
                    r.progress(),
                    r.status().name(),
                    a.explanation(),
                    a.goalId(),
                    r.expectedValue(),
                    a.provisional(),
                    a.provisionalPeriod(),
                    detail ? CalculationJson.of(r) : null);
        }
    }

    /**
     * Targets of the unit asked for and of the units it continues on the same territory (Thừa Thiên Huế's under Huế:
     * one series); {@code null}: every target.
     */
    private Predicate<Long> sameSeries(Long unitId) {
        if (unitId == null) {
            return id -> true;
        }
        ProvinceUnits units = provinces.units();
        long series = units.seriesStart(units.byId(unitId).orElseThrow()).id();
        return id ->
                units.byId(id).map(u -> units.seriesStart(u).id() == series).orElse(false);
    }
}
