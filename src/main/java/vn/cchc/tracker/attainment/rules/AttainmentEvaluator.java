package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import vn.cchc.tracker.target.Comparison;

/**
 * The attainment rules: judges a target with deadline D against its unit's results of its indicator in an
 * evaluation year Y (README, "Attainment: where each target stands").
 * <ol>
 * <li>The judged result is the latest one in or before min(Y, D); later data never counts. A unit continued on the
 * same territory (Thừa Thiên Huế → Huế) is one series: the caller passes the whole series.</li>
 * <li>Met by the judged result → {@code MET} (also after the unit ended).</li>
 * <li>The unit ended in year E ≤ D and Y ≥ E → {@code CLOSED}, with its last judged result.</li>
 * <li>No judged result → {@code NO_DATA}.</li>
 * <li>Y ≥ D, not met: the judged result is for D → {@code MISSED}; older and Y ≤ D + lag → {@code AWAITING_RESULT};
 * else {@code MISSED}.</li>
 * <li>Before the deadline: an ordinary least-squares line through the last (at most {@code points}) points in or
 * before Y (the baseline value is a point when its year has no result), evaluated at D. Meets the threshold →
 * {@code ON_TRACK}; else projected progress ≥ the at-risk threshold → {@code AT_RISK}, else {@code OFF_TRACK}.
 * Fewer than two points, or a group target → {@code AT_RISK}. When the start already met the target, progress is
 * undefined and a line short of the target is {@code OFF_TRACK} (fell back); so is one when goal = start.</li>
 * <li>Expected by now: start + (goal − start)·(min(Y, D) − s)/(D − s) for numeric targets whose start year s is
 * before D; it does not change the status.</li>
 * </ol>
 * Arithmetic is exact: the projection is kept as a fraction until it is rounded for output, so a trend line that lands
 * exactly on the threshold meets it. Stateless and thread-safe.
 */
public final class AttainmentEvaluator {

    /** The default number of latest points used to draw the trend line ({@link AttainmentSettings}). */
    public static final int MAX_POINTS = AttainmentSettings.DEFAULTS.maxPoints();
    /** Decimals of {@code progress}, {@code projectedValue}, {@code projectedProgress} and {@code expectedValue}. */
    public static final int SCALE = 4;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AttainmentSettings settings;

    /** Rules with the documented default settings. */
    public AttainmentEvaluator() {
        this(AttainmentSettings.DEFAULTS);
    }

    public AttainmentEvaluator(AttainmentSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public AttainmentSettings settings() {
        return settings;
    }

    /** Evaluates a target of a unit that has not ended; see {@link #evaluate(AttainmentTarget, Measurements, int, UnitEnd)}. */
    public AttainmentResult evaluate(AttainmentTarget target, Measurements measurements, int evaluationYear) {
        return evaluate(target, measurements, evaluationYear, null);
    }

    /**
     * Evaluates {@code target} in {@code evaluationYear}.
     *
     * @param measurements the yearly results of the target's unit (and the units it continues or that continue it) for
     *                     its indicator: numbers for numeric targets, levels for group targets
     *                     ({@link Measurements#empty()} suits both)
     * @param unitEnd      how the target's unit ended, {@code null} while it (or a unit continuing it) is in force
     * @throws IllegalArgumentException when the kind of measurements does not suit the target
     */
    public AttainmentResult evaluate(
            AttainmentTarget target, Measurements measurements, int evaluationYear, UnitEnd unitEnd) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(measurements, "measurements");
        if (target.isGroup() ? measurements.isNumeric() : measurements.isGroup()) {
            throw new IllegalArgumentException(target.comparison() + " target cannot be judged on "
                    + (measurements.isGroup() ? "group levels" : "numbers"));
        }
        Draft d = new Draft(target, evaluationYear);
        boolean closed = unitEnd != null && unitEnd.year() <= target.deadlineYear() && evaluationYear >= unitEnd.year();
        if (closed) {
            d.unitEnd = unitEnd;
        }
        int judged = measurements.indexAtOrBefore(Math.min(evaluationYear, target.deadlineYear()));
        if (judged < 0) {
            if (!target.isGroup() && target.comparison() != Comparison.REDUCE_BY_PERCENT) {
                d.baselineValue = target.baselineValue();
            }
            return d.done(closed ? AttainmentReason.UNIT_ENDED_NO_RESULT : AttainmentReason.NO_MEASUREMENT);
        }
        d.judgedYear = measurements.yearAt(judged);
        return target.isGroup()
                ? evaluateGroup(target, measurements, judged, closed, d)
                : evaluateNumber(target, measurements, judged, closed, d);
    }

    private AttainmentResult evaluateGroup(
            AttainmentTarget target, Measurements m, int judged, boolean closed, Draft d) {
        d.judgedLevel = m.levelAt(judged);
        int goal = m.positionOf(target.thresholdLevel());
        int reached = m.levelPositionAt(judged);
        if (goal > 0 && reached >= goal) {
            return d.done(AttainmentReason.MET);
        }
        if (closed) {
            return d.done(AttainmentReason.UNIT_ENDED);
        }
        if (goal == 0 || reached == 0) {
            d.unknownLevel = goal == 0 ? target.thresholdLevel() : d.judgedLevel;
            return d.done(AttainmentReason.UNKNOWN_LEVEL);
        }
        if (d.evaluationYear >= target.deadlineYear()) {
            return d.done(afterDeadline(d));
        }
        return d.done(AttainmentReason.GROUP_NOT_PROJECTED);
    }

    /** Rule 5: at or after the deadline and not met. */
    private AttainmentReason afterDeadline(Draft d) {
        int deadline = d.target.deadlineYear();
        if (d.judgedYear == deadline) {
            return AttainmentReason.MISSED_AFTER_DEADLINE;
        }
        return d.evaluationYear <= deadline + settings.resultLagYears()
                ? AttainmentReason.AWAITING_DEADLINE_RESULT
                : AttainmentReason.MISSED_NO_DEADLINE_RESULT;
    }

    private AttainmentResult evaluateNumber(
            AttainmentTarget target, Measurements m, int judged, boolean closed, Draft d) {
        Comparison comparison = target.comparison();
        BigDecimal judgedValue = m.numberAt(judged);
        d.judgedValue = judgedValue;

        // the goal to reach, where progress starts (and when), and the baseline point (if the baseline year is
        // unmeasured)
        BigDecimal goal;
        BigDecimal start;
        int startYear;
        Integer baselineYear = target.baselineYear();
        boolean baselineMeasured = baselineYear != null && m.indexOf(baselineYear) >= 0;
        if (comparison == Comparison.REDUCE_BY_PERCENT) {
            BigDecimal b = baselineMeasured ? m.numberIn(baselineYear) : target.baselineValue();
            if (b == null) {
                return d.done(closed ? AttainmentReason.UNIT_ENDED : AttainmentReason.NO_BASELINE_MEASUREMENT);
            }
            d.baselineValue = b;
            d.baselineMeasured = baselineMeasured;
            goal = b.multiply(HUNDRED.subtract(target.thresholdValue())).movePointLeft(2);
            start = b;
            startYear = baselineYear;
        } else {
            d.baselineValue = target.baselineValue();
            goal = target.thresholdValue();
            boolean documented = target.baselineValue() != null;
            start = documented ? target.baselineValue() : m.numberAt(0);
            startYear = documented ? baselineYear : m.yearAt(0);
        }
        BigDecimal baselinePoint = baselineMeasured ? null : target.baselineValue();
        int deadline = target.deadlineYear();
        d.goal = goal;
        d.start = start;
        d.startYear = startYear;
        int cutoff = Math.min(d.evaluationYear, deadline);
        if (startYear < deadline && startYear <= cutoff) {
            BigDecimal share = goal.subtract(start).multiply(BigDecimal.valueOf(cutoff - startYear));
            d.expectedValue = start.multiply(BigDecimal.valueOf(deadline - startYear))
                    .add(share)
                    .divide(BigDecimal.valueOf(deadline - startYear), SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal gap = goal.subtract(start);
        d.startMetGoal = meets(comparison, start.compareTo(goal));
        boolean progressDefined = gap.signum() != 0 && !d.startMetGoal;
        if (progressDefined) {
            d.progress = judgedValue.subtract(start).divide(gap, SCALE, RoundingMode.HALF_UP);
        }

        if (meets(comparison, judgedValue.compareTo(goal))) {
            return d.done(AttainmentReason.MET);
        }
        if (closed) {
            return d.done(AttainmentReason.UNIT_ENDED);
        }
        if (d.evaluationYear >= deadline) {
            return d.done(afterDeadline(d));
        }

        // before the deadline (so every point in or before the evaluation year is before it too): project
        boolean baselinePending = baselinePoint != null && baselineYear <= d.evaluationYear;
        List<TrendPoint> points =
                TrendLine.points(m, judged, baselineYear, baselinePending ? baselinePoint : null, settings.maxPoints());
        d.points = points;
        d.pointsUsed = points.size();
        if (points.size() < 2) {
            return d.done(AttainmentReason.NOT_ENOUGH_DATA);
        }
        TrendLine line = TrendLine.fit(points, deadline);
        d.projectedValue = line.projection(SCALE);
        d.slope = line.slope(SCALE);
        d.intercept = line.intercept(deadline, SCALE);

        BigDecimal progressNumerator = line.numerator.subtract(start.multiply(line.denominator));
        BigDecimal progressDenominator = gap.multiply(line.denominator);
        if (progressDefined) {
            d.projectedProgress = progressNumerator.divide(progressDenominator, SCALE, RoundingMode.HALF_UP);
        }
        if (meets(comparison, line.numerator.compareTo(goal.multiply(line.denominator)))) {
            return d.done(AttainmentReason.PROJECTED_TO_MEET);
        }
        if (gap.signum() == 0) { // goal = start: no way to measure progress along
            return d.done(AttainmentReason.PROJECTED_SHORT_OFF_TRACK);
        }
        if (d.startMetGoal) {
            return d.done(AttainmentReason.FELL_BACK);
        }
        // p ≥ t  ⇔  (N − s·M) ≥ t·(g − s)·M, the inequality flipping when g − s < 0
        int cmp = progressNumerator.compareTo(progressDenominator.multiply(settings.atRiskProgress()));
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
        Integer startYear;
        BigDecimal expectedValue;
        BigDecimal progress;
        BigDecimal projectedValue;
        BigDecimal projectedProgress;
        List<TrendPoint> points = List.of();
        BigDecimal slope;
        BigDecimal intercept;
        boolean startMetGoal;
        int pointsUsed;
        String unknownLevel;
        UnitEnd unitEnd;

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
                    unknownLevel,
                    startYear,
                    expectedValue,
                    points,
                    slope,
                    intercept,
                    startMetGoal,
                    reason.status() == AttainmentStatus.CLOSED ? unitEnd : null);
            BigDecimal reportedProgress = reason.status() == AttainmentStatus.NO_DATA ? null : progress;
            return new AttainmentResult(reason.status(), reportedProgress, projectedValue, explanation);
        }
    }
}
