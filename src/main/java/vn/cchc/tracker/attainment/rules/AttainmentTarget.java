package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;
import java.util.Objects;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.target.Comparison;

/**
 * What the attainment rules need to know about a target.
 *
 * @param comparison     how the threshold is compared with a measured value
 * @param unitKind       the indicator's unit, used to word the explanation
 * @param thresholdValue the number to reach (for {@link Comparison#REDUCE_BY_PERCENT} the percentage to cut);
 *                       {@code null} exactly for {@link Comparison#GROUP_AT_LEAST}
 * @param thresholdLevel the group level to reach; set exactly for {@link Comparison#GROUP_AT_LEAST}
 * @param deadlineYear   the year by which the threshold must be met
 * @param baselineYear   optional baseline year; required for {@link Comparison#REDUCE_BY_PERCENT}
 * @param baselineValue  optional documented baseline value; requires a baseline year
 */
public record AttainmentTarget(
        Comparison comparison,
        UnitKind unitKind,
        BigDecimal thresholdValue,
        String thresholdLevel,
        int deadlineYear,
        Integer baselineYear,
        BigDecimal baselineValue) {

    public AttainmentTarget {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(unitKind, "unitKind");
        if (comparison == Comparison.GROUP_AT_LEAST) {
            if (thresholdLevel == null || thresholdLevel.isBlank() || thresholdValue != null) {
                throw new IllegalArgumentException("a group target names a level and no number");
            }
            if (unitKind != UnitKind.GROUP) {
                throw new IllegalArgumentException("a group target needs a GROUP indicator, not " + unitKind);
            }
        } else {
            if (thresholdValue == null || thresholdLevel != null) {
                throw new IllegalArgumentException(comparison + " target names a number and no level");
            }
            if (unitKind == UnitKind.GROUP) {
                throw new IllegalArgumentException(comparison + " target cannot be set on a GROUP indicator");
            }
        }
        if (comparison == Comparison.REDUCE_BY_PERCENT && baselineYear == null) {
            throw new IllegalArgumentException("a reduce-by-percent target needs a baseline year");
        }
        if (baselineValue != null && baselineYear == null) {
            throw new IllegalArgumentException("a baseline value needs a baseline year");
        }
    }

    /** Whether this is a group target. */
    public boolean isGroup() {
        return comparison == Comparison.GROUP_AT_LEAST;
    }
}
