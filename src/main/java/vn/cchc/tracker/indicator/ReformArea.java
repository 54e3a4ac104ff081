package vn.cchc.tracker.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import vn.cchc.tracker.support.Languages;

/** One of the seven areas that reform programmes group their targets by. */
@Entity
@Table(name = "reform_area")
public class ReformArea {

    @Id
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    protected ReformArea() {}

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }

    public String name(Locale locale) {
        return Languages.isEnglish(locale) ? nameEn : nameVi;
    }
}
