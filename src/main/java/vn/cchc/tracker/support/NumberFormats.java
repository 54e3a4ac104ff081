package vn.cchc.tracker.support;

import java.math.BigDecimal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as the reader's language writes them: 81,21 and 26.131 in Vietnamese, 81.21 and 26,131 in English.
 * Exposed to templates as {@code @numberFormats}.
 */
@Component("numberFormats")
public class NumberFormats {

    /** A decimal with at most four fraction digits and no trailing zeros, in the current request's language. */
    public String decimal(BigDecimal value) {
        return value == null ? "" : DecimalText.format(value, LocaleContextHolder.getLocale());
    }

    /**
     * A stored value of any type as text: a plain decimal with a fraction in the reader's language (42,3), anything
     * else — whole numbers such as years and versions included — as it is.
     */
    public String value(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // audit rows keep a result's value as the plain decimal it was stored as ("42.3")
        boolean decimal = value instanceof Number || value instanceof String;
        if (decimal && PLAIN_FRACTION.matcher(text).matches()) {
            return decimal(new BigDecimal(text));
        }
        return text;
    }

    private static final java.util.regex.Pattern PLAIN_FRACTION = java.util.regex.Pattern.compile("-?\\d+\\.\\d+");
}
