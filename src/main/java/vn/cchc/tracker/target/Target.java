package vn.cchc.tracker.target;

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
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.UnitKind;

/** One measurable commitment of a document: indicator, comparison, threshold and deadline year. */
@Entity
@Table(name = "target")
public class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_code")
    private Indicator indicator;

    /** Copy of the indicator's unit kind: the database checks the comparison against it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_kind", nullable = false)
    private UnitKind indicatorKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Comparison comparison;

    @Column(name = "threshold_value")
    private BigDecimal thresholdValue;

    @Column(name = "threshold_level")
    private String thresholdLevel;

    @Column(name = "deadline_year", nullable = false)
    private int deadlineYear;

    @Column(name = "baseline_year")
    private Integer baselineYear;

    @Column(name = "baseline_value")
    private BigDecimal baselineValue;

    @Column(name = "scope_note")
    private String scopeNote;

    /** The sentence as written in the document. */
    @Column(nullable = false)
    private String sentence;

    /** Where the target comes from when that is not the document's own source. */
    @Column
    private String source;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected Target() {}

    public Target(
            Document document,
            Indicator indicator,
            Comparison comparison,
            BigDecimal thresholdValue,
            String thresholdLevel,
            int deadlineYear,
            String sentence) {
        this.document = document;
        this.indicator = indicator;
        this.indicatorKind = indicator.getUnitKind();
        this.comparison = comparison;
        this.thresholdValue = thresholdValue;
        this.thresholdLevel = thresholdLevel;
        this.deadlineYear = deadlineYear;
        this.sentence = sentence;
    }

    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public UnitKind getIndicatorKind() {
        return indicatorKind;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public BigDecimal getThresholdValue() {
        return thresholdValue;
    }

    public String getThresholdLevel() {
        return thresholdLevel;
    }

    public int getDeadlineYear() {
        return deadlineYear;
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public String getScopeNote() {
        return scopeNote;
    }

    public String getSentence() {
        return sentence;
    }

    public String getSource() {
        return source;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }

    public void setBaseline(Integer baselineYear, BigDecimal baselineValue) {
        this.baselineYear = baselineYear;
        this.baselineValue = baselineValue;
    }

    public void setScopeNote(String scopeNote) {
        this.scopeNote = scopeNote;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    /** Replaces everything an editor can change; the document stays. */
    public void describe(
            Indicator indicator,
            Comparison comparison,
            BigDecimal thresholdValue,
            String thresholdLevel,
            int deadlineYear,
            Integer baselineYear,
            BigDecimal baselineValue,
            String scopeNote,
            String sentence,
            String source,
            int position) {
        this.indicator = indicator;
        this.indicatorKind = indicator.getUnitKind();
        this.comparison = comparison;
        this.thresholdValue = thresholdValue;
        this.thresholdLevel = thresholdLevel;
        this.deadlineYear = deadlineYear;
        this.baselineYear = baselineYear;
        this.baselineValue = baselineValue;
        this.scopeNote = scopeNote;
        this.sentence = sentence;
        this.source = source;
        this.position = position;
    }
}
