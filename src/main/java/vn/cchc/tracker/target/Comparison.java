package vn.cchc.tracker.target;

/** How a target's threshold is compared with a measured value. */
public enum Comparison {
    /** x ≥ t ("tối thiểu", "từ … trở lên"). */
    AT_LEAST,
    /** x &gt; t ("trên"). */
    MORE_THAN,
    /** x ≤ t. */
    AT_MOST,
    /** A rank at or better than t; lower numbers are better. */
    RANK_AT_BEST,
    /** x ≤ b·(1 − t/100), b being the baseline year's measured value. */
    REDUCE_BY_PERCENT,
    /** The level of x is at or above level t in the indicator's ordered levels. */
    GROUP_AT_LEAST
}
