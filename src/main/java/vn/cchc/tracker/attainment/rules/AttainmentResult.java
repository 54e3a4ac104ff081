package vn.cchc.tracker.attainment.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome of evaluating one target in one year.
 *
 * @param status         where the target stands
 * @param progress       (judged − start) / (goal − start), HALF_UP to 4 decimals, uncapped; {@code null} for group
 *                       targets, {@code NO_DATA}, or when goal = start
 * @param projectedValue the trend line's value at the deadline, HALF_UP to 4 decimals, when a projection was made
 * @param explanation    why, with the values needed to say so
 */
public record AttainmentResult(
        AttainmentStatus status, BigDecimal progress, BigDecimal projectedValue, AttainmentExplanation explanation) {

    public AttainmentResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
        if (explanation.status() != status) {
            throw new IllegalArgumentException("status " + status + " disagrees with reason " + explanation.reason());
        }
    }

    public AttainmentReason reason() {
        return explanation.reason();
    }

    /** Year of the judged measurement, or {@code null}. */
    public Integer judgedYear() {
        return explanation.judgedYear();
    }

    /** Number of the judged measurement, or {@code null} (group targets, no data). */
    public BigDecimal judgedValue() {
        return explanation.judgedValue();
    }

    /** Where a straight path from start to goal stands in the judged year (rule 7), or {@code null}. */
    public BigDecimal expectedValue() {
        return explanation.expectedValue();
    }
}
