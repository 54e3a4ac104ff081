package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The adjustable numbers of the attainment rules (configuration {@code cchc.attainment.*}, read once at start).
 *
 * @param atRiskProgress   projected progress at or above this (and not meeting the target) is {@code AT_RISK}, below
 *                         {@code OFF_TRACK}; {@code cchc.attainment.at-risk-progress}, default 0.75
 * @param maxPoints        at most this many of the latest points draw the trend line; {@code cchc.attainment.points},
 *                         default 5
 * @param resultLagYears   results for year D are published up to this many years later: until D + lag a target whose
 *                         deadline result is missing is {@code AWAITING_RESULT}, not {@code MISSED};
 *                         {@code cchc.attainment.result-lag-years}, default 1
 */
public record AttainmentSettings(BigDecimal atRiskProgress, int maxPoints, int resultLagYears) {

    /** The documented defaults. */
    public static final AttainmentSettings DEFAULTS = new AttainmentSettings(new BigDecimal("0.75"), 5, 1);

    public AttainmentSettings {
        Objects.requireNonNull(atRiskProgress, "atRiskProgress");
        if (atRiskProgress.signum() <= 0 || atRiskProgress.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the at-risk progress must be above 0 and at most 1: " + atRiskProgress);
        }
        if (maxPoints < 2) {
            throw new IllegalArgumentException("a trend line needs at least 2 points: " + maxPoints);
        }
        if (resultLagYears < 0) {
            throw new IllegalArgumentException("the result lag cannot be negative: " + resultLagYears);
        }
    }
}
