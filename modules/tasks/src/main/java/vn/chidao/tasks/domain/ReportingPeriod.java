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

import vn.chidao.tasks.PeriodState;
import vn.chidao.tasks.PeriodView;
import vn.chidao.tasks.Recurrence;
import vn.chidao.tasks.TaskId;

/**
 * One period a periodic task owes a report for. The first report the lead unit makes once the period
 * has begun settles it (or the oldest period still owed); the secretariat may waive it with a reason,
 * kept here with who and when.
 */
@Entity
@Table(name = "task_period")
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false, insertable = false, updatable = false)
    private Long taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Recurrence recurrence;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "waived_reason", length = 1000)
    private String waivedReason;

    @Column(name = "waived_by", length = 254)
    private String waivedBy;

    @Column(name = "waived_at")
    private Instant waivedAt;

    protected ReportingPeriod() {
    }

    ReportingPeriod(Recurrence recurrence, LocalDate day, Integer reportDay) {
        this.recurrence = recurrence;
        this.startsOn = Deadlines.periodStart(recurrence, day);
        this.endsOn = Deadlines.periodEnd(recurrence, day);
        this.dueOn = Deadlines.dueOf(recurrence, day, reportDay);
    }

    /** Neither reported nor waived. */
    boolean owed() {
        return waivedReason == null && reportedOn == null;
    }

    boolean reported() {
        return reportedOn != null;
    }

    void settle(LocalDate day) {
        reportedOn = day;
    }

    void waive(String reason, String by, Instant at) {
        waivedReason = reason;
        waivedBy = by;
        waivedAt = at;
    }

    public PeriodState stateOn(LocalDate day) {
        if (waivedReason != null) {
            return PeriodState.WAIVED;
        }
        if (reportedOn != null && !reportedOn.isAfter(day)) {
            return reportedOn.isAfter(dueOn) ? PeriodState.REPORTED_LATE : PeriodState.REPORTED_ON_TIME;
        }
        return dueOn.isBefore(day) ? PeriodState.MISSING : PeriodState.DUE;
    }

    public PeriodView view(TaskId task, LocalDate day) {
        int ordinal = (startsOn.getMonthValue() - 1) / recurrence.months() + 1;
        return new PeriodView(task, recurrence, ordinal, startsOn, endsOn, dueOn, stateOn(day),
                reportedOn != null && !reportedOn.isAfter(day) ? reportedOn : null, waivedReason, waivedBy, waivedAt);
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }
}
