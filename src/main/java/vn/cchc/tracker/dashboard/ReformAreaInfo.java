package vn.cchc.tracker.dashboard;

import java.util.Locale;
import vn.cchc.tracker.support.Languages;

/** A reform area as the dashboards show it. */
public record ReformAreaInfo(String code, String nameVi, String nameEn, int position) {

    public String name(Locale locale) {
        return Languages.isEnglish(locale) ? nameEn : nameVi;
    }
}
