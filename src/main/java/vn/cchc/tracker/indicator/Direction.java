package vn.cchc.tracker.indicator;

/** Which way an indicator improves. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
