package vn.chidao.tasks.domain;

import java.time.Instant;
import java.time.LocalDate;

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
 * Money a task's lead unit disbursed (giải ngân) from one source, reported with a progress report: the amount paid out
 * since its previous report. The secretariat may correct the amount, with a reason; the history keeps every version.
 */
@Entity
@Audited
@Table(name = "funding_disbursement")
public class Disbursement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(name = "progress_id")
    private Long progressId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    @Column(nullable = false)
    private long amount;

    @Column(name = "disbursed_on", nullable = false)
    private LocalDate disbursedOn;

    @NotAudited
    @Column(name = "reported_by", nullable = false, length = 254)
    private String reportedBy;

    @NotAudited
    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @NotAudited
    @Column(name = "corrected_by", length = 254)
    private String correctedBy;

    @NotAudited
    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Column(name = "correction_reason", length = 1000)
    private String correctionReason;

    @Version
    private long version;

    protected Disbursement() {
    }

    public Disbursement(Long taskId, Long progressId, Long unitId, Long sourceId, long amount, LocalDate disbursedOn, String by,
                        Instant at) {
        this.taskId = taskId;
        this.progressId = progressId;
        this.unitId = unitId;
        this.sourceId = sourceId;
        this.amount = amount;
        this.disbursedOn = disbursedOn;
        this.reportedBy = by;
        this.reportedAt = at;
    }

    public void correct(long amount, String reason, String by, Instant at) {
        this.amount = amount;
        this.correctionReason = reason;
        this.correctedBy = by;
        this.correctedAt = at;
    }

    public Long id() {
        return id;
    }

    public Long taskId() {
        return taskId;
    }

    public Long progressId() {
        return progressId;
    }

    public Long unitId() {
        return unitId;
    }

    public Long sourceId() {
        return sourceId;
    }

    public long amount() {
        return amount;
    }

    public LocalDate disbursedOn() {
        return disbursedOn;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public String correctedBy() {
        return correctedBy;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public long version() {
        return version;
    }
}
