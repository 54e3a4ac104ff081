package vn.cchc.tracker.attainment.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.tracker.attainment.rules.AttainmentExplanation;
import vn.cchc.tracker.attainment.rules.AttainmentResult;
import vn.cchc.tracker.attainment.rules.UnitEnd;
import vn.cchc.tracker.support.Numbers;

/**
 * How a status was reached, for anyone to check by hand (README, "Attainment: where each target stands"). Numbers
 * are plain decimals; fields that do not apply are {@code null}.
 */
@Schema(name = "AttainmentCalculation")
record CalculationJson(
        @Schema(description = "Why: the reason that decided the status", example = "PROJECTED_TO_MEET")
        String rule,

        @Schema(description = "The number of that rule in README's attainment rules", example = "6")
        int ruleNumber,

        @Schema(description = "The last year whose result may be judged: min(year, deadline)", example = "2024")
        int cutoffYear,

        @Schema(description = "The points the trend line was drawn through, oldest first")
        List<PointJson> points,

        @Schema(description = "The line's change per year", example = "3.03")
        BigDecimal slope,

        @Schema(description = "The line's value at year 0: value = intercept + slope × year", example = "-6050.23")
        BigDecimal intercept,

        @Schema(description = "The line's value in the deadline year", example = "85.52")
        BigDecimal projection,

        @Schema(description = "Where progress starts: the baseline value, else the earliest result", example = "76.43")
        BigDecimal start,

        Integer startYear,

        @Schema(description = "The number to reach", example = "85")
        BigDecimal goal,

        @Schema(description = "Whether the start already met the target (progress is then undefined)")
        boolean startMetGoal,

        @Schema(description = "Progress so far: (judged − start) / (goal − start)", example = "0.3536")
        BigDecimal progress,

        @Schema(description = "Projected progress: (projection − start) / (goal − start)", example = "1.0688")
        BigDecimal projectedProgress,

        @Schema(description = "Where a straight path from start to goal stands in the cutoff year", example = "82.1433")
        BigDecimal expectedValue,

        @Schema(description = "For CLOSED: how the target's unit ended")
        UnitEndJson unitEnded) {

    static CalculationJson of(AttainmentResult r) {
        AttainmentExplanation e = r.explanation();
        return new CalculationJson(
                e.reason().name(),
                e.reason().rule(),
                e.cutoffYear(),
                e.points().stream()
                        .map(p -> new PointJson(p.year(), Numbers.plain(p.value()), p.baseline()))
                        .toList(),
                Numbers.plain(e.slope()),
                Numbers.plain(e.intercept()),
                Numbers.plain(e.projectedValue()),
                Numbers.plain(e.start()),
                e.startYear(),
                Numbers.plain(e.goal()),
                e.startMetGoal(),
                r.progress(),
                e.projectedProgress(),
                e.expectedValue(),
                UnitEndJson.of(e.unitEnd()));
    }

    /** One point of the trend line; {@code baseline}: the target's documented baseline, not a result. */
    record PointJson(int year, BigDecimal value, boolean baseline) {}

    /** How the target's unit ended and which unit it became part of. */
    record UnitEndJson(String unit, LocalDate lastDay, String successorCode, String successorName) {

        static UnitEndJson of(UnitEnd end) {
            return end == null
                    ? null
                    : new UnitEndJson(end.unitName(), end.lastDay(), end.successorCode(), end.successorName());
        }
    }
}
