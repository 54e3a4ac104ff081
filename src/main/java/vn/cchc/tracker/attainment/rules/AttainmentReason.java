package vn.cchc.tracker.attainment.rules;

/**
 * Why a target got its status. Each reason implies exactly one status; sentences live in the message bundles
 * under {@code attainment.reason.<NAME>}.
 */
public enum AttainmentReason {
    /** The judged measurement meets the threshold. */
    MET(AttainmentStatus.MET, 2),
    /** At or after the deadline the deadline year's result does not meet the threshold. */
    MISSED_AFTER_DEADLINE(AttainmentStatus.MISSED, 5),
    /** Before the deadline, not met, and the trend line meets the threshold at the deadline. */
    PROJECTED_TO_MEET(AttainmentStatus.ON_TRACK, 6),
    /** Before the deadline, the trend line falls short but covers at least 75% of the way from start to goal. */
    PROJECTED_SHORT_AT_RISK(AttainmentStatus.AT_RISK, 6),
    /** Before the deadline, the trend line covers less than 75% of the way (or the way is undefined). */
    PROJECTED_SHORT_OFF_TRACK(AttainmentStatus.OFF_TRACK, 6),
    /** Before the deadline, the start already met the target, the latest result fell below it and the trend does not meet it. */
    FELL_BACK(AttainmentStatus.OFF_TRACK, 6),
    /** At or after the deadline, no result for the deadline year yet, within the result lag. */
    AWAITING_DEADLINE_RESULT(AttainmentStatus.AWAITING_RESULT, 5),
    /** After the deadline and the lag, no result for the deadline year; the latest one does not meet the target. */
    MISSED_NO_DEADLINE_RESULT(AttainmentStatus.MISSED, 5),
    /** The unit that set the target ended by the deadline; its last judged result is reported. */
    UNIT_ENDED(AttainmentStatus.CLOSED, 3),
    /** The unit that set the target ended by the deadline without any result to judge. */
    UNIT_ENDED_NO_RESULT(AttainmentStatus.CLOSED, 3),
    /** Before the deadline and not met, with fewer than two points to draw a trend line through. */
    NOT_ENOUGH_DATA(AttainmentStatus.AT_RISK, 6),
    /** Before the deadline a group target that is not met: group levels are not projected. */
    GROUP_NOT_PROJECTED(AttainmentStatus.AT_RISK, 6),
    /** No measurement in or before the judged year (the earlier of evaluation year and deadline). */
    NO_MEASUREMENT(AttainmentStatus.NO_DATA, 4),
    /** A reduce-by-percent target with neither a measurement in its baseline year nor a documented baseline value. */
    NO_BASELINE_MEASUREMENT(AttainmentStatus.NO_DATA, 4),
    /** A group level (the target's or the judged measurement's) is not one of the indicator's levels. */
    UNKNOWN_LEVEL(AttainmentStatus.NO_DATA, 4);

    private final AttainmentStatus status;
    private final int rule;

    AttainmentReason(AttainmentStatus status, int rule) {
        this.status = status;
        this.rule = rule;
    }

    /** The number of the rule that decides it, as README's "Attainment: where each target stands" numbers them. */
    public int rule() {
        return rule;
    }

    /** The status this reason leads to. */
    public AttainmentStatus status() {
        return status;
    }

    /** Message key of this reason's sentence, e.g. {@code attainment.reason.MET}. */
    public String messageKey() {
        return "attainment.reason." + name();
    }
}
