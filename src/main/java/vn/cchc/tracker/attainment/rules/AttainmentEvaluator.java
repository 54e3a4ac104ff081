package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import vn.cchc.tracker.target.Comparison;

/**
 * The attainment rules: judges a target against its province's measurements of its indicator in an evaluation
 * year Y.
 * <ul>
 * <li>The judged measurement is the latest one in or before min(Y, deadline D); later data never counts.</li>
 * <li>None → {@code NO_DATA}. Meets the threshold → {@code MET}. Otherwise Y ≥ D → {@code MISSED}.</li>
 * <li>Before the deadline: an ordinary least-squares line through the last (at most) five points in or before Y
 * (the target's baseline year/value is a point when that year has no measurement), evaluated at D. Meets the
 * threshold → {@code ON_TRACK}; else projected progress ≥ 0.75 → {@code AT_RISK}, else {@code OFF_TRACK}.
 * Fewer than two points → {@code AT_RISK}; group targets are not projected → {@code AT_RISK}.</li>
 * </ul>
 * Arithmetic is exact: the projection is kept as a fraction until it is rounded for output, so a trend line
 * that lands exactly on the threshold meets it. Stateless and thread-safe.
 */
public final class AttainmentEvaluator {

    /** At most this many of the latest points are used to draw the trend line. */
    public static final int MAX_POINTS = 5;
    /** Projected progress at or above this (and not meeting the threshold) is {@code AT_RISK}, below {@code OFF_TRACK}. */
    public static final BigDecimal AT_RISK_PROGRESS = new BigDecimal("0.75");
    /** Decimals of {@code progress}, {@code projectedValue} and {@code projectedProgress}. */
    public static final int SCALE = 4;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    /**
     * Evaluates {@code target} in {@code evaluationYear}.
     *
     * @param measurements the yearly measurements of the target's province and indicator: numbers for numeric
     *                     targets, levels for group targets ({@link Measurements#empty()} suits both)
     * @throws IllegalArgumentException when the kind of measurements does not suit the target
     */
    public AttainmentResult evaluate(AttainmentTarget target, Measurements measurements, int evaluationYear) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(measurements, "measurements");
        if (target.isGroup() ? measurements.isNumeric() : measurements.isGroup()) {
            throw new IllegalArgumentException(target.comparison() + " target cannot be judged on "
                    + (measurements.isGroup() ? "group levels" : "numbers"));
        }
        Draft d = new Draft(target, evaluationYear);
        int judged = measurements.indexAtOrBefore(Math.min(evaluationYear, target.deadlineYear()));
        if (judged < 0) {
            if (!target.isGroup() && target.comparison() != Comparison.REDUCE_BY_PERCENT) {
                d.baselineValue = target.baselineValue();
            }
            return d.done(AttainmentReason.NO_MEASUREMENT);
        }
        d.judgedYear = measurements.yearAt(judged);
        return target.isGroup()
                ? evaluateGroup(target, measurements, judged, d)
                : evaluateNumber(target, measurements, judged, d);
    }

    private static AttainmentResult evaluateGroup(AttainmentTarget target, Measurements m, int judged, Draft d) {
        d.judgedLevel = m.levelAt(judged);
        int goal = m.positionOf(target.thresholdLevel());
        if (goal == 0) {
            d.unknownLevel = target.thresholdLevel();
            return d.done(AttainmentReason.UNKNOWN_LEVEL);
        }
        int reached = m.levelPositionAt(judged);
        if (reached == 0) {
            d.unknownLevel = d.judgedLevel;
            return d.done(AttainmentReason.UNKNOWN_LEVEL);
        }
        if (reached >= goal) {
            return d.done(AttainmentReason.MET);
        }
        if (d.evaluationYear >= target.deadlineYear()) {
            return d.done(AttainmentReason.MISSED_AFTER_DEADLINE);
        }
        return d.done(AttainmentReason.GROUP_NOT_PROJECTED);
    }

    private static AttainmentResult evaluateNumber(AttainmentTarget target, Measurements m, int judged, Draft d) {
        Comparison comparison = target.comparison();
        BigDecimal judgedValue = m.numberAt(judged);
        d.judgedValue = judgedValue;

        // the goal to reach, where progress starts, and the baseline point (if the baseline year is unmeasured)
        BigDecimal goal;
        BigDecimal start;
        BigDecimal baselinePoint = null;
        Integer baselineYear = target.baselineYear();
        boolean baselineMeasured = baselineYear != null && m.indexOf(baselineYear) >= 0;
        if (comparison == Comparison.REDUCE_BY_PERCENT) {
            BigDecimal b = baselineMeasured ? m.numberIn(baselineYear) : target.baselineValue();
            if (b == null) {
                return d.done(AttainmentReason.NO_BASELINE_MEASUREMENT);
            }
            d.baselineValue = b;
            d.baselineMeasured = baselineMeasured;
            goal = b.multiply(HUNDRED.subtract(target.thresholdValue())).movePointLeft(2);
            start = b;
        } else {
            d.baselineValue = target.baselineValue();
            goal = target.thresholdValue();
            start = target.baselineValue() != null ? target.baselineValue() : m.numberAt(0);
        }
        if (!baselineMeasured) {
            baselinePoint = target.baselineValue();
        }
        d.goal = goal;
        d.start = start;
        BigDecimal gap = goal.subtract(start);
        boolean gapDefined = gap.signum() != 0;
        if (gapDefined) {
            d.progress = judgedValue.subtract(start).divide(gap, SCALE, RoundingMode.HALF_UP);
        }

        if (meets(comparison, judgedValue.compareTo(goal))) {
            return d.done(AttainmentReason.MET);
        }
        int deadline = target.deadlineYear();
        if (d.evaluationYear >= deadline) {
            return d.done(AttainmentReason.MISSED_AFTER_DEADLINE);
        }

        // before the deadline (so every point in or before the evaluation year is before it too): project.
        // Years are shifted by the deadline (u = year − D) so the line's value at D is its intercept.
        boolean baselinePending = baselinePoint != null && baselineYear <= d.evaluationYear;
        int baselineU = baselinePending ? baselineYear - deadline : 0;
        int n = 0;
        long su = 0;
        long suu = 0;
        BigDecimal sy = BigDecimal.ZERO;
        BigDecimal suy = BigDecimal.ZERO;
        int i = judged; // = latest measurement in or before the evaluation year
        while (n < MAX_POINTS && (i >= 0 || baselinePending)) {
            int u;
            BigDecimal y;
            if (baselinePending && (i < 0 || baselineU > m.yearAt(i) - deadline)) {
                u = baselineU;
                y = baselinePoint;
                baselinePending = false;
            } else {
                u = m.yearAt(i) - deadline;
                y = m.numberAt(i);
                i--;
            }
            n++;
            su += u;
            suu += (long) u * u;
            sy = sy.add(y);
            suy = suy.add(y.multiply(BigDecimal.valueOf(u)));
        }
        d.pointsUsed = n;
        if (n < 2) {
            return d.done(AttainmentReason.NOT_ENOUGH_DATA);
        }
        // OLS intercept a = (Σy·Suu − Suy·Σu) / (n·Suu) with Suu = nΣu² − (Σu)², Suy = nΣuy − ΣuΣy;
        // the years are distinct, so Suu > 0.
        BigDecimal bigN = BigDecimal.valueOf(n);
        BigDecimal bigSu = BigDecimal.valueOf(su);
        BigDecimal sxx = BigDecimal.valueOf(n * suu - su * su);
        BigDecimal sxy = suy.multiply(bigN).subtract(sy.multiply(bigSu));
        BigDecimal numerator = sy.multiply(sxx).subtract(sxy.multiply(bigSu));
        BigDecimal denominator = sxx.multiply(bigN); // projection = numerator / denominator, denominator > 0
        d.projectedValue = numerator.divide(denominator, SCALE, RoundingMode.HALF_UP);

        BigDecimal progressNumerator = numerator.subtract(start.multiply(denominator));
        BigDecimal progressDenominator = gap.multiply(denominator);
        if (gapDefined) {
            d.projectedProgress = progressNumerator.divide(progressDenominator, SCALE, RoundingMode.HALF_UP);
        }
        if (meets(comparison, numerator.compareTo(goal.multiply(denominator)))) {
            return d.done(AttainmentReason.PROJECTED_TO_MEET);
        }
        if (!gapDefined) {
            return d.done(AttainmentReason.PROJECTED_SHORT_OFF_TRACK);
        }
        // p ≥ 3/4  ⇔  4·(N − s·M) ≥ 3·(g − s)·M, the inequality flipping when g − s < 0
        int cmp = progressNumerator.multiply(FOUR).compareTo(progressDenominator.multiply(THREE));
        boolean atRisk = gap.signum() > 0 ? cmp >= 0 : cmp <= 0;
        return d.done(atRisk ? AttainmentReason.PROJECTED_SHORT_AT_RISK : AttainmentReason.PROJECTED_SHORT_OFF_TRACK);
    }

    /** Whether a value meets the goal, given {@code value.compareTo(goal)}. */
    private static boolean meets(Comparison comparison, int cmp) {
        switch (comparison) {
            case AT_LEAST:
                return cmp >= 0;
            case MORE_THAN:
                return cmp > 0;
            case AT_MOST:
            case RANK_AT_BEST:
            case REDUCE_BY_PERCENT:
                return cmp <= 0;
            default:
                throw new IllegalArgumentException("not a numeric comparison: " + comparison);
        }
    }

    /** The result under construction. */
    private static final class Draft {
        final AttainmentTarget target;
        final int evaluationYear;
        Integer judgedYear;
        BigDecimal judgedValue;
        String judgedLevel;
        BigDecimal baselineValue;
        boolean baselineMeasured;
        BigDecimal goal;
        BigDecimal start;
        BigDecimal progress;
        BigDecimal projectedValue;
        BigDecimal projectedProgress;
        int pointsUsed;
        String unknownLevel;

        Draft(AttainmentTarget target, int evaluationYear) {
            this.target = target;
            this.evaluationYear = evaluationYear;
        }

        AttainmentResult done(AttainmentReason reason) {
            AttainmentExplanation explanation = new AttainmentExplanation(
                    reason,
                    target.comparison(),
                    target.unitKind(),
                    target.thresholdValue(),
                    target.thresholdLevel(),
                    target.deadlineYear(),
                    evaluationYear,
                    judgedYear,
                    judgedValue,
                    judgedLevel,
                    target.baselineYear(),
                    baselineValue,
                    baselineMeasured,
                    goal,
                    start,
                    projectedValue,
                    projectedProgress,
                    pointsUsed,
                    unknownLevel);
            BigDecimal reportedProgress = reason.status() == AttainmentStatus.NO_DATA ? null : progress;
            return new AttainmentResult(reason.status(), reportedProgress, projectedValue, explanation);
        }
    }
}
