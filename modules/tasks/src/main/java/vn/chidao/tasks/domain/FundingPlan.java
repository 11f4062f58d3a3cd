package vn.chidao.tasks.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * Planned funding (kinh phí dự kiến) from one source for one year: for a document as a whole (its envelope, no task) or
 * for one of its tasks. One line per owner, source and year; amounts in whole đồng, never negative.
 */
@Entity
@Audited
@Table(name = "funding_plan")
public class FundingPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** "D<document>" or "T<task>": what the one-line-per-source-and-year rule is about. */
    @Column(nullable = false, length = 24)
    private String owner;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private long amount;

    @NotAudited
    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @NotAudited
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected FundingPlan() {
    }

    public FundingPlan(Long documentId, Long taskId, Long sourceId, int year, long amount, String by, Instant at) {
        this.owner = owner(documentId, taskId);
        this.documentId = documentId;
        this.taskId = taskId;
        this.sourceId = sourceId;
        this.year = year;
        this.amount = amount;
        this.changedBy = by;
        this.changedAt = at;
    }

    public static String owner(Long documentId, Long taskId) {
        return taskId == null ? "D" + documentId : "T" + taskId;
    }

    public void change(long amount, String by, Instant at) {
        this.amount = amount;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long id() {
        return id;
    }

    public Long documentId() {
        return documentId;
    }

    public Long taskId() {
        return taskId;
    }

    public Long sourceId() {
        return sourceId;
    }

    public int year() {
        return year;
    }

    public long amount() {
        return amount;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
