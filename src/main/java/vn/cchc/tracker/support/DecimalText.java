package vn.cchc.tracker.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Decimals as a reader writes them; plain Java so the attainment rules can use it too. */
public final class DecimalText {

    private static final int MAX_DECIMALS = 4;

    private DecimalText() {}

    /**
     * A number for reading: at most 4 decimals (HALF_UP), trailing zeros dropped, decimal point and grouping comma
     * for English ({@code 1,234.5}), decimal comma and grouping dot otherwise ({@code 1.234,5}).
     */
    public static String format(BigDecimal number, Locale locale) {
        boolean vietnamese = !"en".equals(locale.getLanguage());
        char decimal = vietnamese ? ',' : '.';
        char grouping = vietnamese ? '.' : ',';
        BigDecimal n = number.scale() > MAX_DECIMALS ? number.setScale(MAX_DECIMALS, RoundingMode.HALF_UP) : number;
        n = n.stripTrailingZeros();
        String plain = n.abs().toPlainString();
        int point = plain.indexOf('.');
        int intLength = point < 0 ? plain.length() : point;
        StringBuilder sb = new StringBuilder(plain.length() + intLength / 3 + 1);
        if (n.signum() < 0) {
            sb.append('-');
        }
        for (int i = 0; i < intLength; i++) {
            if (i > 0 && (intLength - i) % 3 == 0) {
                sb.append(grouping);
            }
            sb.append(plain.charAt(i));
        }
        if (point >= 0) {
            sb.append(decimal).append(plain, point + 1, plain.length());
        }
        return sb.toString();
    }
}
