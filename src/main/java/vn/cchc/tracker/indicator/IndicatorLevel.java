package vn.cchc.tracker.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import vn.cchc.tracker.support.Languages;

/** One level of a GROUP indicator; values are stored by their Vietnamese name. */
@Embeddable
public class IndicatorLevel {

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected IndicatorLevel() {}

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return Languages.isEnglish(locale) ? nameEn : nameVi;
    }
}
