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
}
