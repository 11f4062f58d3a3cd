package vn.chidao.tasks.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.tasks.IssueKind;
import vn.chidao.tasks.IssueState;
import vn.chidao.tasks.IssueView;
import vn.chidao.tasks.TaskId;

/** One obstacle or recommendation of a progress report, followed until it is answered. */
@Entity
@Table(name = "task_issue")
public class TaskIssue {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_ANSWER = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(name = "progress_id", nullable = false)
    private Long progressId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private IssueKind kind;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private IssueState state = IssueState.RAISED;

    @Column(length = 200)
    private String handler;

    @Column(length = MAX_ANSWER)
    private String answer;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "raised_by", nullable = false, length = 254)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Version
    private long version;

    protected TaskIssue() {
    }

    public TaskIssue(long taskId, long progressId, long unitId, IssueKind kind, String text, String raisedBy, Instant raisedAt,
                     LocalDate raisedOn) {
        this.taskId = taskId;
        this.progressId = progressId;
        this.unitId = unitId;
        this.kind = kind;
        this.text = text;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.raisedOn = raisedOn;
    }

    /** Someone takes it up (a department of the secretariat, a committee member): it is being handled. */
    public void handledBy(String who) {
        requireOpen();
        if (who == null || who.isBlank() || who.strip().length() > 200) {
            throw RuleViolation.invalid("handler", "issue.handler.required");
        }
        handler = who.strip();
        state = IssueState.IN_HANDLING;
    }

    /** The answer that closes it: answered, resolved, or forwarded to a higher level; with its text, always. */
    public void answer(IssueState closing, String reply, String by, Instant at) {
        requireOpen();
        if (closing == null || closing.open()) {
            throw RuleViolation.invalid("state", "issue.answer.state");
        }
        if (reply == null || reply.isBlank()) {
            throw RuleViolation.invalid("answer", "issue.answer.required");
        }
        if (reply.strip().length() > MAX_ANSWER) {
            throw RuleViolation.invalid("answer", "issue.answer.size", MAX_ANSWER);
        }
        state = closing;
        answer = reply.strip();
        answeredBy = by;
        answeredAt = at;
    }

    private void requireOpen() {
        if (!state.open()) {
            throw RuleViolation.conflict("state", "issue.closed");
        }
    }

    /** As read on {@code today}; an answered item's days are those it waited for its answer (days in {@code zone}). */
    public IssueView view(String taskCode, String taskTitle, LocalDate today, java.time.ZoneId zone) {
        LocalDate until = answeredAt == null ? today : LocalDate.ofInstant(answeredAt, zone);
        return new IssueView(id, new TaskId(taskId), taskCode, taskTitle, new UnitId(unitId), kind, text, state, handler, answer,
                answeredBy, answeredAt, raisedBy, raisedOn, Math.max(0, ChronoUnit.DAYS.between(raisedOn, until)), version);
    }

    public Long id() {
        return id;
    }

    public Long taskId() {
        return taskId;
    }

    public Long unitId() {
        return unitId;
    }

    public long version() {
        return version;
    }

    public IssueKind kind() {
        return kind;
    }

    public IssueState state() {
        return state;
    }

    public String text() {
        return text;
    }

    public String answer() {
        return answer;
    }
}
