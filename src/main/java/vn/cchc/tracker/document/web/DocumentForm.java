package vn.cchc.tracker.document.web;

import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentInput;

/** The document form; fields as typed, checked by the service. */
public class DocumentForm {

    private String number;
    private String kind;
    private String issuingBody;
    private String issueDate;
    private String title;
    private String periodFrom;
    private String periodTo;
    private String source;
    private long version;

    public static DocumentForm of(Document d) {
        DocumentForm f = new DocumentForm();
        f.number = d.getNumber();
        f.kind = d.getKind().name();
        f.issuingBody = d.getIssuingBody();
        f.issueDate = d.getIssueDate().toString();
        f.title = d.getTitle();
        f.periodFrom = d.getPeriodFrom() == null ? null : d.getPeriodFrom().toString();
        f.periodTo = d.getPeriodTo() == null ? null : d.getPeriodTo().toString();
        f.source = d.getSource();
        f.version = d.getVersion();
        return f;
    }

    public DocumentInput toInput() {
        return new DocumentInput(number, kind, issuingBody, issueDate, title, periodFrom, periodTo, source);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(String issueDate) {
        this.issueDate = issueDate;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
