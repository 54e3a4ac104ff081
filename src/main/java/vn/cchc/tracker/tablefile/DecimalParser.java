package vn.cchc.tracker.tablefile;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a decimal as people type it in either language: "81,21" or "81.21", with at most one separator and no
 * grouping. "1.234" is therefore one point two three four, never one thousand: a count with grouping ("26.131")
 * fails the whole-number check rather than being silently read as 26.131 or 26131 depending on who typed it.
 */
public final class DecimalParser {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private DecimalParser() {
    }

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        String normal = t.replace(',', '.');
        if (normal.endsWith(".")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        if (normal.startsWith(".") || normal.startsWith("-.") || normal.startsWith("+.")) {
            normal = normal.replace(".", "0.");
        }
        return Optional.of(new BigDecimal(normal));
    }
}
