package vn.cchc.tracker.tablefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.cchc.tracker.support.Languages;

/**
 * How a typed cell is written as text in CSV: decimals with the reader's separator and no grouping (81,21 in
 * Vietnamese, 81.21 in English, or always 81.21 for machine-read files), ISO dates, times in Vietnam's zone.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe, which
 * spreadsheets hide and our readers drop again ({@link #unescape}).
 */
public final class CellText {

    /** Vietnam's time zone: what users read times in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CellText() {}

    /**
     * @param locale the reader's language, or {@code null} for machine-read files (decimal point)
     */
    public static String of(Object cell, Locale locale) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal d) {
            return decimal(d, locale);
        }
        if (cell instanceof Double || cell instanceof Float) {
            return decimal(BigDecimal.valueOf(((Number) cell).doubleValue()), locale);
        }
        if (cell instanceof Number n) {
            return n.toString();
        }
        if (cell instanceof LocalDate d) {
            return d.toString();
        }
        if (cell instanceof Instant i) {
            return DATE_TIME.format(i.atZone(ZONE));
        }
        if (cell instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        return escape(cell.toString());
    }

    static String decimal(BigDecimal value, Locale locale) {
        BigDecimal s = value.stripTrailingZeros();
        String plain = (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        return locale != null && !Languages.isEnglish(locale) ? plain.replace('.', ',') : plain;
    }

    /** Neutralises text a spreadsheet would evaluate (CSV injection). */
    public static String escape(String text) {
        return needsEscape(text) ? "'" + text : text;
    }

    /** Undoes {@link #escape}: an apostrophe followed by a formula character is dropped. */
    public static String unescape(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && needsEscape(text.substring(1)) ? text.substring(1) : text;
    }

    private static boolean needsEscape(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
