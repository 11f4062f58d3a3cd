package vn.chidao.tasks.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.chidao.tasks.Risk;
import vn.chidao.tasks.RiskClass;
import vn.chidao.tasks.TaskState;

/**
 * How a task's early warning follows from its state, deadline, progress and periods as of a day; the same rule runs in
 * SQL for lists and counts ({@link #jpql}), and a test holds the two together over every task of a dataset. A task with a
 * date or period for deadline is at risk once {@code from} % of its time has gone and its progress trails the time gone by
 * more than {@code margin} points; a periodic task once two of its periods went unreported; any open task past its
 * deadline is off track.
 */
public final class RiskRules {

    /** Periods left unreported that put a periodic task at risk. */
    public static final int MISSED_PERIODS = 2;

    /** The share of its time (%) after which a task's progress is judged. */
    public static final int FROM = 50;

    /** How many points the progress may trail the time gone before the task is at risk. */
    public static final int MARGIN = 20;

    private RiskRules() {
    }

    /**
     * The JPQL twin of {@link #classify} with {@link #FROM} and {@link #MARGIN}; parameter {@code :today}. The
     * progress as of a past day is the lead unit's highest report made by then.
     */
    public static final String JPQL = "case"
            + " when t.state in (vn.chidao.tasks.TaskState.SUSPENDED, vn.chidao.tasks.TaskState.CANCELLED) then 'NONE'"
            + " when t.state = vn.chidao.tasks.TaskState.ACCEPTED and (t.completedOn is null or t.completedOn <= :today) then 'NONE'"
            + " when t.dueDate < :today then 'OFF_TRACK'"
            + " when t.deadlineKind in (" + StatusRules.PERIODIC + ") then case when (select count(p) from ReportingPeriod p"
            + " where p.taskId = t.id and p.waivedReason is null and p.dueOn < :today and (p.reportedOn is null or p.reportedOn > :today))"
            + " >= " + MISSED_PERIODS + " then 'AT_RISK' else 'ON_TRACK' end"
            + " when cast(function('datediff', :today, t.assignedOn) as Integer) * 100 >= " + FROM + " * cast(function('datediff', t.dueDate, t.assignedOn) as Integer)"
            + " and (case when t.lastProgressOn is null then 0 when t.lastProgressOn <= :today then t.percent"
            + " else coalesce((select max(r.percent) from ProgressReport r where r.taskId = t.id and r.unitId = t.leadUnitId"
            + " and r.reportedOn <= :today), 0) end + " + MARGIN + ") * cast(function('datediff', t.dueDate, t.assignedOn) as Integer)"
            + " < cast(function('datediff', :today, t.assignedOn) as Integer) * 100 then 'AT_RISK'"
            + " else 'ON_TRACK' end";

    /**
     * The warning as of {@code day}; {@code percent} is the progress reported by then, {@code missedPeriods} the periods due
     * before that day still unreported (periodic tasks).
     */
    public static Risk classify(TaskState state, boolean periodic, LocalDate assignedOn, LocalDate due, LocalDate completedOn,
                                int percent, int missedPeriods, LocalDate day, int from, int margin) {
        long span = ChronoUnit.DAYS.between(assignedOn, due);
        long gone = ChronoUnit.DAYS.between(assignedOn, day);
        int timeGone = span <= 0 ? 100 : (int) Math.max(0, Math.min(100, gone * 100 / span));
        if (state == TaskState.SUSPENDED || state == TaskState.CANCELLED
                || state == TaskState.ACCEPTED && (completedOn == null || !completedOn.isAfter(day))) {
            return new Risk(RiskClass.NONE, timeGone, percent, missedPeriods, 0);
        }
        if (due.isBefore(day)) {
            return new Risk(RiskClass.OFF_TRACK, 100, percent, missedPeriods, ChronoUnit.DAYS.between(due, day));
        }
        if (periodic) {
            return new Risk(missedPeriods >= MISSED_PERIODS ? RiskClass.AT_RISK : RiskClass.ON_TRACK, timeGone, percent,
                    missedPeriods, 0);
        }
        boolean judged = gone * 100 >= (long) from * span;
        boolean trailing = (long) (percent + margin) * span < gone * 100;
        return new Risk(judged && trailing ? RiskClass.AT_RISK : RiskClass.ON_TRACK, timeGone, percent, missedPeriods, 0);
    }
}
