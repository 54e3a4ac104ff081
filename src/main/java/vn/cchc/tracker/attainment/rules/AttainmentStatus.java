package vn.cchc.tracker.attainment.rules;

/**
 * Where a target stands in an evaluation year. Labels live in the message bundles under
 * {@code attainment.status.<NAME>}.
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
    /** The deadline has passed without the threshold being met. */
    MISSED,
    /** Nothing to judge: no measurement, no baseline, or an unknown group level. */
    NO_DATA;

    /** Message key of this status' label, e.g. {@code attainment.status.MET}. */
    public String messageKey() {
        return "attainment.status." + name();
    }
}
