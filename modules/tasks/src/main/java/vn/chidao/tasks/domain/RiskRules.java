package vn.chidao.tasks.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.chidao.tasks.Risk;
import vn.chidao.tasks.Risk.Ground;
import vn.chidao.tasks.RiskClass;
import vn.chidao.tasks.TaskState;

/**
 * How a task's early warning follows from its state, deadline, progress, periods and extension requests as of a day; the
 * same rule runs in SQL for lists and counts ({@link #JPQL}), and a test holds the two together over every task of a
 * dataset. Any open task past its deadline is off track. Before that, a task with a date or period for deadline is at
 * risk once {@code from} % of its time has gone and its progress trails the time gone by more than {@code margin} points;
 * a periodic task once {@code missedPeriods} of its periods due in the last twelve months were reported late or not at all
 * (a missed period makes it overdue at once, so what warns ahead is the record of late reports); any task while its lead
 * unit's request for
 * more time awaits the secretariat. The secretariat sets the three numbers ({@code EarlyWarning}).
 */
public final class RiskRules {

    /** The secretariat's settings; {@link #DEFAULT} until they change them. */
    public record Thresholds(int from, int margin, int missedPeriods) {
        public static final Thresholds DEFAULT = new Thresholds(50, 20, 2);
    }

    /** How far back a periodic task's late or missing reports count. */
    public static final java.time.Period LOOK_BACK = java.time.Period.ofYears(1);

    private RiskRules() {
    }

    /**
     * The JPQL twin of {@link #classify}; parameters {@code :today}, {@code :yearAgo} (the same day a year before),
     * {@code :dayEnd} (the instant the day ends in the province), {@code :riskFrom}, {@code :riskMargin} and
     * {@code :riskMissed}. The progress as of a past day is the
     * lead unit's highest report made by then; an extension request counts while it was made and not yet decided then.
     */
    public static final String JPQL = "case"
            + " when t.state in (vn.chidao.tasks.TaskState.SUSPENDED, vn.chidao.tasks.TaskState.CANCELLED) then 'NONE'"
            + " when t.state = vn.chidao.tasks.TaskState.ACCEPTED and (t.completedOn is null or t.completedOn <= :today) then 'NONE'"
            + " when t.dueDate < :today then 'OFF_TRACK'"
            + " when t.deadlineKind in (" + StatusRules.PERIODIC + ") and (select count(p) from ReportingPeriod p"
            + " where p.taskId = t.id and p.waivedReason is null and p.dueOn < :today and p.dueOn >= :yearAgo"
            + " and (p.reportedOn is null or p.reportedOn > :today or p.reportedOn > p.dueOn))"
            + " >= :riskMissed then 'AT_RISK'"
            + " when t.deadlineKind not in (" + StatusRules.PERIODIC + ")"
            + " and cast(function('datediff', :today, t.assignedOn) as Integer) * 100 >= :riskFrom * cast(function('datediff', t.dueDate, t.assignedOn) as Integer)"
            + " and (case when t.lastProgressOn is null then 0 when t.lastProgressOn <= :today then t.percent"
            + " else coalesce((select max(r.percent) from ProgressReport r where r.taskId = t.id and r.unitId = t.leadUnitId"
            + " and r.reportedOn <= :today), 0) end + :riskMargin) * cast(function('datediff', t.dueDate, t.assignedOn) as Integer)"
            + " < cast(function('datediff', :today, t.assignedOn) as Integer) * 100 then 'AT_RISK'"
            + " when exists (select e.id from ExtensionRequest e where e.taskId = t.id and e.requestedAt < :dayEnd"
            + " and (e.decidedAt is null or e.decidedAt >= :dayEnd)) then 'AT_RISK'"
            + " else 'ON_TRACK' end";

    /**
     * The warning as of {@code day}; {@code percent} is the progress reported by then, {@code missedPeriods} the periods due in
     * the year before that day reported late or still unreported then ({@link #LOOK_BACK}; periodic tasks), {@code extensionPending} whether a request for more time awaited
     * a decision that day.
     */
    public static Risk classify(TaskState state, boolean periodic, LocalDate assignedOn, LocalDate due, LocalDate completedOn,
                                int percent, int missedPeriods, boolean extensionPending, LocalDate day, Thresholds thresholds) {
        long span = ChronoUnit.DAYS.between(assignedOn, due);
        long gone = ChronoUnit.DAYS.between(assignedOn, day);
        int timeGone = span <= 0 ? 100 : (int) Math.max(0, Math.min(100, gone * 100 / span));
        if (state == TaskState.SUSPENDED || state == TaskState.CANCELLED
                || state == TaskState.ACCEPTED && (completedOn == null || !completedOn.isAfter(day))) {
            return new Risk(RiskClass.NONE, Ground.NONE, timeGone, percent, missedPeriods, 0);
        }
        if (due.isBefore(day)) {
            return new Risk(RiskClass.OFF_TRACK, Ground.OVERDUE, 100, percent, missedPeriods, ChronoUnit.DAYS.between(due, day));
        }
        Ground ground = Ground.NONE;
        if (periodic && missedPeriods >= thresholds.missedPeriods()) {
            ground = Ground.PERIODS;
        } else if (!periodic && gone * 100 >= (long) thresholds.from() * span
                && (long) (percent + thresholds.margin()) * span < gone * 100) {
            ground = Ground.PROGRESS;
        } else if (extensionPending) {
            ground = Ground.EXTENSION;
        }
        return new Risk(ground == Ground.NONE ? RiskClass.ON_TRACK : RiskClass.AT_RISK, ground, timeGone, percent,
                missedPeriods, 0);
    }
}
