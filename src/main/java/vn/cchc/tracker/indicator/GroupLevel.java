package vn.cchc.tracker.indicator;

import java.util.Locale;
import vn.cchc.tracker.support.Languages;

/** A level of a group indicator as plain data; values are stored by the Vietnamese name. */
public record GroupLevel(String nameVi, String nameEn) {

    public String name(Locale locale) {
        return Languages.isEnglish(locale) ? nameEn : nameVi;
    }
}
