package vn.cchc.tracker.support;

import java.util.Locale;

/** The two languages the product speaks. */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {}

    /** Maps a {@code lang} parameter to a supported locale; anything unknown means Vietnamese. */
    public static Locale supportedOrDefault(String tag) {
        if (tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
            return ENGLISH;
        }
        return VIETNAMESE;
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
