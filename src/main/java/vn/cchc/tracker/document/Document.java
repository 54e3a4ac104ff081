package vn.cchc.tracker.document;

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
import java.time.LocalDate;
import vn.cchc.tracker.province.Province;

/** A resolution, action programme, decision or plan that sets reform targets for one province. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    private Province province;

    /** As written on the document, e.g. "20-NQ/TU". */
    @Column(nullable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Column(name = "issuing_body", nullable = false)
    private String issuingBody;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(nullable = false)
    private String title;

    @Column(name = "period_from")
    private Integer periodFrom;

    @Column(name = "period_to")
    private Integer periodTo;

    @Column(nullable = false)
    private String source;

    @Version
    private long version;

    protected Document() {}

    public Document(
            Province province,
            String number,
            DocumentKind kind,
            String issuingBody,
            LocalDate issueDate,
            String title,
            Integer periodFrom,
            Integer periodTo,
            String source) {
        this.province = province;
        this.number = number;
        this.kind = kind;
        this.issuingBody = issuingBody;
        this.issueDate = issueDate;
        this.title = title;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public Province getProvince() {
        return province;
    }

    public String getNumber() {
        return number;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public String getTitle() {
        return title;
    }

    public Integer getPeriodFrom() {
        return periodFrom;
    }

    public Integer getPeriodTo() {
        return periodTo;
    }

    public String getSource() {
        return source;
    }

    public long getVersion() {
        return version;
    }

    /** Replaces everything an editor can change; the unit may change only to another unit under the same code. */
    public void describe(
            Province province,
            String number,
            DocumentKind kind,
            String issuingBody,
            LocalDate issueDate,
            String title,
            Integer periodFrom,
            Integer periodTo,
            String source) {
        this.province = province;
        this.number = number;
        this.kind = kind;
        this.issuingBody = issuingBody;
        this.issueDate = issueDate;
        this.title = title;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.source = source;
    }
}
