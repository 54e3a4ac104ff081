package vn.cchc.tracker.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.ListIndexBase;
import vn.cchc.tracker.support.Languages;

/** An entry of the indicator catalogue shared by all provinces. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reform_area_code")
    private ReformArea reformArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_kind", nullable = false)
    private UnitKind unitKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(name = "min_value")
    private BigDecimal minValue;

    @Column(name = "max_value")
    private BigDecimal maxValue;

    /** Lowest level first. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "indicator_level", joinColumns = @JoinColumn(name = "indicator_code"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<IndicatorLevel> levels = new ArrayList<>();

    protected Indicator() {}

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return Languages.isEnglish(locale) ? nameEn : nameVi;
    }

    public ReformArea getReformArea() {
        return reformArea;
    }

    public UnitKind getUnitKind() {
        return unitKind;
    }

    public Direction getDirection() {
        return direction;
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    public List<IndicatorLevel> getLevels() {
        return List.copyOf(levels);
    }

    public List<String> levelNames() {
        return levels.stream().map(IndicatorLevel::getNameVi).toList();
    }

    public boolean isGroup() {
        return unitKind == UnitKind.GROUP;
    }
}
