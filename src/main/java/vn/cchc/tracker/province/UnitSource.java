package vn.cchc.tracker.province;

import java.util.Locale;
import vn.cchc.tracker.support.Languages;

/** A source of the national unit list by its key (S1 …): what the units' source keys mean. */
public record UnitSource(String key, String descriptionVi, String descriptionEn, String url) {

    public String description(Locale locale) {
        return Languages.isEnglish(locale) ? descriptionEn : descriptionVi;
    }
}
