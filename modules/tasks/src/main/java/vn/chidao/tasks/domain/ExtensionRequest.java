package vn.chidao.tasks.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.tasks.ExtensionState;
import vn.chidao.tasks.ExtensionView;
import vn.chidao.tasks.TaskId;

/** A unit's request for a later deadline (đề nghị gia hạn), decided once by the secretariat. */
@Entity
@Audited
@Table(name = "task_extension")
public class ExtensionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "previous_due_date", nullable = false)
    private LocalDate previousDueDate;

    @Column(name = "requested_due_date", nullable = false)
    private LocalDate requestedDueDate;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ExtensionState state = ExtensionState.PENDING;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Version
    private long version;

    protected ExtensionRequest() {
    }

    public ExtensionRequest(Long taskId, Long unitId, LocalDate previousDueDate, LocalDate requestedDueDate, String reason,
                            String requestedBy, Instant requestedAt) {
        this.taskId = taskId;
        this.unitId = unitId;
        this.previousDueDate = previousDueDate;
        this.requestedDueDate = requestedDueDate;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void decide(boolean approve, String by, Instant at, String note) {
        if (state != ExtensionState.PENDING) {
            throw RuleViolation.conflict("state", "extension.decided");
        }
        state = approve ? ExtensionState.APPROVED : ExtensionState.REJECTED;
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    public ExtensionView view() {
        return new ExtensionView(id, new TaskId(taskId), new UnitId(unitId), previousDueDate, requestedDueDate, reason,
                state, requestedBy, requestedAt, decidedBy, decidedAt, decisionNote, version);
    }

    public Long taskId() {
        return taskId;
    }

    public LocalDate requestedDueDate() {
        return requestedDueDate;
    }

    public Long unitId() {
        return unitId;
    }

    public long version() {
        return version;
    }
}
