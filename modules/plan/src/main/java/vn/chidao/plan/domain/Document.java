package vn.chidao.plan.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentKind;
import vn.chidao.plan.DocumentStatus;
import vn.chidao.plan.DocumentView;

/** A directive document (văn bản chỉ đạo). */
@Entity
@Audited
@Table(name = "plan_document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DocumentKind kind;

    @Column(nullable = false, unique = true, length = 64)
    private String number;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "issuing_body", nullable = false)
    private String issuingBody;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "period_from")
    private Integer periodFrom;

    @Column(name = "period_to")
    private Integer periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentStatus status = DocumentStatus.IN_FORCE;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_document_implements", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "implemented_id")
    private Set<Long> implementsDocuments = new LinkedHashSet<>();

    @Version
    private long version;

    protected Document() {
    }

    public Document(DocumentKind kind, String number, LocalDate issueDate, String issuingBody, String summary,
                    Integer periodFrom, Integer periodTo, Set<Long> implementsDocuments) {
        this.kind = kind;
        this.number = number;
        this.issueDate = issueDate;
        this.issuingBody = issuingBody;
        this.summary = summary;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.implementsDocuments.addAll(implementsDocuments);
    }

    /** Corrections by the secretariat; null leaves a field as it is. The number is the document's identity. */
    public void correct(String newIssuingBody, String newSummary, Integer newPeriodFrom, Integer newPeriodTo,
                        DocumentStatus newStatus) {
        Integer from = newPeriodFrom != null ? newPeriodFrom : periodFrom;
        Integer to = newPeriodTo != null ? newPeriodTo : periodTo;
        if (from != null && to != null && to < from) {
            throw RuleViolation.invalid("periodTo", "document.period.reversed");
        }
        if (newIssuingBody != null) {
            issuingBody = newIssuingBody;
        }
        if (newSummary != null) {
            summary = newSummary;
        }
        periodFrom = from;
        periodTo = to;
        if (newStatus != null) {
            status = newStatus;
        }
    }

    public long version() {
        return version;
    }

    public DocumentView view() {
        return new DocumentView(new DocumentId(id), kind, number, issueDate, issuingBody, summary, periodFrom, periodTo,
                status, implementsDocuments.stream().map(DocumentId::new).toList(), version);
    }

    public Long id() {
        return id;
    }

    public LocalDate issueDate() {
        return issueDate;
    }
}
