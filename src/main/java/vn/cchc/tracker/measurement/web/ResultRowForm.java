package vn.cchc.tracker.measurement.web;

/** One line of the results grid: the indicator, the value as typed, its source and note, the version it was read at. */
public class ResultRowForm {

    private String indicatorCode;
    private String value;
    private String source;
    private String note;
    private Long version;

    public ResultRowForm() {}

    ResultRowForm(String indicatorCode, String value, String source, String note, Long version) {
        this.indicatorCode = indicatorCode;
        this.value = value;
        this.source = source;
        this.note = note;
        this.version = version;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public void setIndicatorCode(String indicatorCode) {
        this.indicatorCode = indicatorCode;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
