package vn.cchc.tracker.target.web;

import java.math.BigDecimal;
import vn.cchc.tracker.support.Numbers;
import vn.cchc.tracker.target.Target;
import vn.cchc.tracker.target.TargetInput;

/** The target form; fields as typed, checked by the service. The sentence is stored exactly as written. */
public class TargetForm {

    private String indicatorCode;
    private String comparison;
    private String thresholdValue;
    private String thresholdLevel;
    private String deadlineYear;
    private String baselineYear;
    private String baselineValue;
    private String scopeNote;
    private String sentence;
    private String source;
    private String position;
    private long version;

    public static TargetForm of(Target t) {
        TargetForm f = new TargetForm();
        f.indicatorCode = t.getIndicator().getCode();
        f.comparison = t.getComparison().name();
        f.thresholdValue = plain(t.getThresholdValue());
        f.thresholdLevel = t.getThresholdLevel();
        f.deadlineYear = Integer.toString(t.getDeadlineYear());
        f.baselineYear =
                t.getBaselineYear() == null ? null : t.getBaselineYear().toString();
        f.baselineValue = plain(t.getBaselineValue());
        f.scopeNote = t.getScopeNote();
        f.sentence = t.getSentence();
        f.source = t.getSource();
        f.position = Integer.toString(t.getPosition());
        f.version = t.getVersion();
        return f;
    }

    public TargetInput toInput() {
        return new TargetInput(
                indicatorCode,
                comparison,
                thresholdValue,
                thresholdLevel,
                deadlineYear,
                baselineYear,
                baselineValue,
                scopeNote,
                sentence,
                source,
                position);
    }

    private static String plain(BigDecimal n) {
        return n == null ? null : Numbers.plain(n).toPlainString();
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public void setIndicatorCode(String indicatorCode) {
        this.indicatorCode = indicatorCode;
    }

    public String getComparison() {
        return comparison;
    }

    public void setComparison(String comparison) {
        this.comparison = comparison;
    }

    public String getThresholdValue() {
        return thresholdValue;
    }

    public void setThresholdValue(String thresholdValue) {
        this.thresholdValue = thresholdValue;
    }

    public String getThresholdLevel() {
        return thresholdLevel;
    }

    public void setThresholdLevel(String thresholdLevel) {
        this.thresholdLevel = thresholdLevel;
    }

    public String getDeadlineYear() {
        return deadlineYear;
    }

    public void setDeadlineYear(String deadlineYear) {
        this.deadlineYear = deadlineYear;
    }

    public String getBaselineYear() {
        return baselineYear;
    }

    public void setBaselineYear(String baselineYear) {
        this.baselineYear = baselineYear;
    }

    public String getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(String baselineValue) {
        this.baselineValue = baselineValue;
    }

    public String getScopeNote() {
        return scopeNote;
    }

    public void setScopeNote(String scopeNote) {
        this.scopeNote = scopeNote;
    }

    public String getSentence() {
        return sentence;
    }

    public void setSentence(String sentence) {
        this.sentence = sentence;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
