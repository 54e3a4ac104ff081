package vn.cchc.tracker.support;

import java.math.BigDecimal;

/** Small helpers for the decimals stored as numeric(14,4). */
public final class Numbers {

    private Numbers() {}

    /** 90.0000 → 90, 81.2100 → 81.21; never scientific notation (100 not 1E+2). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
