package vn.chidao.tasks.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import vn.chidao.organization.UnitId;
import vn.chidao.tasks.ProgressView;
import vn.chidao.tasks.TaskId;

/** A dated progress report (báo cáo tiến độ) by the lead or a cooperating unit; never changed afterwards. */
@Entity
@Audited
@Table(name = "task_progress")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(nullable = false)
    private int percent;

    @Column(name = "proposes_completion", nullable = false)
    private boolean proposesCompletion;

    @Column(name = "reported_by", nullable = false, length = 254)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected ProgressReport() {
    }

    public ProgressReport(Long taskId, Long unitId, LocalDate reportedOn, String text, int percent,
                          boolean proposesCompletion, String reportedBy, Instant reportedAt) {
        this.taskId = taskId;
        this.unitId = unitId;
        this.reportedOn = reportedOn;
        this.text = text;
        this.percent = percent;
        this.proposesCompletion = proposesCompletion;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public ProgressView view() {
        return new ProgressView(id, new TaskId(taskId), new UnitId(unitId), reportedOn, text, percent, proposesCompletion,
                reportedBy, reportedAt);
    }
}
