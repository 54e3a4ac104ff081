package vn.cchc.tracker.indicator;

import java.util.Locale;
import vn.cchc.tracker.support.Languages;

/**
 * A change of an indicator's method from {@code year} on: values before that year and from it on are not comparable
 * (PAPI 6 → 8 dimensions in 2018, SIPAS in 2022, the PAR Index criteria in 2024).
 */
public record MethodChange(String indicatorCode, int year, String noteVi, String noteEn) {

    public String note(Locale locale) {
        return Languages.isEnglish(locale) ? noteEn : noteVi;
    }
}
