package vn.cchc.tracker.measurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.province.Province;

/** The result of one indicator for one province in one year; written only by {@link MeasurementWriteService}. */
@Entity
@Table(name = "measurement")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    private Province province;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_code")
    private Indicator indicator;

    /** Copy of the indicator's unit kind: the database checks the value's shape against it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_kind", nullable = false)
    private UnitKind indicatorKind;

    @Column(nullable = false)
    private int year;

    @Column(name = "value_number")
    private BigDecimal valueNumber;

    @Column(name = "value_level")
    private String valueLevel;

    @Column(nullable = false)
    private String source;

    @Column
    private String note;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Measurement() {}

    public Long getId() {
        return id;
    }

    public Province getProvince() {
        return province;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public UnitKind getIndicatorKind() {
        return indicatorKind;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getValueNumber() {
        return valueNumber;
    }

    public String getValueLevel() {
        return valueLevel;
    }

    public String getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
