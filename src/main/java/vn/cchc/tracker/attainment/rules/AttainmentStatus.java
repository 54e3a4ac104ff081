package vn.cchc.tracker.attainment.rules;

/**
 * Where a target stands in an evaluation year. Labels live in the message bundles under
 * {@code attainment.status.<NAME>}; colours in {@code static/css/app.css} ({@code .status-<NAME>}, {@code
 * .progress-<NAME>}) and {@code dashboard.css} ({@code .fill-<NAME>}); the symbol, so a status never relies on colour
 * alone, here ({@link #symbol()}).
 */
public enum AttainmentStatus {
    /** The judged measurement meets the threshold. */
    MET,
    /** Not met yet, but the trend line reaches the threshold by the deadline. */
    ON_TRACK,
    /** Not met and either projected to cover at least 75% of the way, or not projectable. */
    AT_RISK,
    /** Not met and projected to cover less than 75% of the way (or going the wrong way). */
    OFF_TRACK,
    /** The deadline has passed without the threshold being met (and its result is in, or overdue beyond the lag). */
    MISSED,
    /** The deadline has passed, not met so far, and the deadline year's result is not published yet (within the lag). */
    AWAITING_RESULT,
    /** No longer followed: the unit that set the target ended (merged, or its territory changed) by the deadline. */
    CLOSED,
    /** Nothing to judge: no measurement, no baseline, or an unknown group level. */
    NO_DATA;

    /** The symbol shown beside the label or count: the one source of it for every page. */
    public String symbol() {
        return switch (this) {
            case MET -> "✓";
            case ON_TRACK -> "↗";
            case AT_RISK -> "!";
            case OFF_TRACK -> "↘";
            case MISSED -> "✗";
            case AWAITING_RESULT -> "…";
            case CLOSED -> "⊘";
            case NO_DATA -> "?";
        };
    }

    /** Message key of this status' label, e.g. {@code attainment.status.MET}. */
    public String messageKey() {
        return "attainment.status." + name();
    }
}
