package vn.cchc.tracker.support;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the reader's language writes them: 81,21 and 26.131 in Vietnamese, 81.21 and 26,131 in English.
 * Exposed to templates as {@code @numberFormats}.
 */
@Component("numberFormats")
public class NumberFormats {

    /** A decimal with at most four fraction digits and no trailing zeros, in the current request's language. */
    public String decimal(BigDecimal value) {
        return decimal(value, LocaleContextHolder.getLocale());
    }

    public static String decimal(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(numberLocale(locale)));
        return format.format(value);
    }

    /** Vietnamese formats come from the JDK's "vi-VN" data: decimal comma, dot grouping. */
    private static Locale numberLocale(Locale locale) {
        return Languages.isEnglish(locale) ? Locale.US : Locale.forLanguageTag("vi-VN");
    }
}
