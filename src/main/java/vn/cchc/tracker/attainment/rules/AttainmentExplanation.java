package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;
import java.util.List;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.target.Comparison;

/**
 * Why a target got its status, with the values a sentence about it needs. Fields that do not apply to the
 * reason are {@code null} (or 0 for {@code pointsUsed}).
 *
 * @param reason            why
 * @param comparison        the target's comparison
 * @param unitKind          the indicator's unit
 * @param thresholdValue    the target's number as written (the percentage for {@code REDUCE_BY_PERCENT})
 * @param thresholdLevel    the target's group level
 * @param deadlineYear      the target's deadline
 * @param evaluationYear    the year evaluated
 * @param judgedYear        year of the judged measurement (latest in or before min(evaluation year, deadline))
 * @param judgedValue       its number
 * @param judgedLevel       its group level
 * @param baselineYear      the target's baseline year
 * @param baselineValue     the baseline used: for {@code REDUCE_BY_PERCENT} the measured value of the baseline
 *                          year, else the documented one; for other comparisons the documented one
 * @param baselineMeasured  whether {@code baselineValue} is a measurement (rather than the target's documented value)
 * @param goal              the number to reach: the threshold, or b·(1 − t/100) for {@code REDUCE_BY_PERCENT}
 * @param start             where progress is measured from: the baseline value if any, else the earliest measurement
 * @param projectedValue    the trend line's value at the deadline, 4 decimals, when a projection was made
 * @param projectedProgress (projection − start) / (goal − start), 4 decimals, when a projection was made and goal ≠ start
 * @param pointsUsed        points the trend line was fitted through (0 when none was attempted)
 * @param unknownLevel      the level name that is not one of the indicator's levels ({@code UNKNOWN_LEVEL})
 * @param startYear         the year of {@code start}: the baseline year, else the earliest measurement's
 * @param expectedValue     where a straight path from start to goal stands at min(evaluation year, deadline),
 *                          4 decimals; numeric targets whose start year is before the deadline only
 * @param points            the points the trend line was drawn through, oldest first (empty when none was attempted)
 * @param slope             the line's change per year, 4 decimals, when a line was drawn
 * @param intercept         the line's value at year 0 (value = intercept + slope × year), 4 decimals, when drawn
 * @param startMetGoal      whether the start already met the target (progress is then undefined)
 * @param unitEnd           how the target's unit ended ({@code CLOSED} only)
 */
public record AttainmentExplanation(
        AttainmentReason reason,
        Comparison comparison,
        UnitKind unitKind,
        BigDecimal thresholdValue,
        String thresholdLevel,
        int deadlineYear,
        int evaluationYear,
        Integer judgedYear,
        BigDecimal judgedValue,
        String judgedLevel,
        Integer baselineYear,
        BigDecimal baselineValue,
        boolean baselineMeasured,
        BigDecimal goal,
        BigDecimal start,
        BigDecimal projectedValue,
        BigDecimal projectedProgress,
        int pointsUsed,
        String unknownLevel,
        Integer startYear,
        BigDecimal expectedValue,
        List<TrendPoint> points,
        BigDecimal slope,
        BigDecimal intercept,
        boolean startMetGoal,
        UnitEnd unitEnd) {

    public AttainmentExplanation {
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** The status the reason leads to. */
    public AttainmentStatus status() {
        return reason.status();
    }

    /** The last year whose measurement may be judged: the earlier of the evaluation year and the deadline. */
    public int cutoffYear() {
        return Math.min(evaluationYear, deadlineYear);
    }
}
