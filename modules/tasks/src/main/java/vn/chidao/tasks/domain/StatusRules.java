package vn.chidao.tasks.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskState;

/**
 * How a task's status class follows from its state, deadline and today. The same rules run in
 * SQL for lists and counts ({@link #JPQL}); a test keeps the two in step. "Today" may be a day in
 * the past (a briefing as of a date): a task accepted after that day still counted as open then.
 */
public final class StatusRules {

    /** The JPQL twin of {@link #classify}; parameters {@code :today} and {@code :soon} (today + window). */
    public static final String JPQL = "case"
            + " when t.state in (vn.chidao.tasks.TaskState.SUSPENDED, vn.chidao.tasks.TaskState.CANCELLED) then 'SUSPENDED'"
            + " when t.state = vn.chidao.tasks.TaskState.ACCEPTED and (t.completedOn is null or t.completedOn <= :today) and t.completedOn <= %1$s then 'DONE_ON_TIME'"
            + " when t.state = vn.chidao.tasks.TaskState.ACCEPTED and (t.completedOn is null or t.completedOn <= :today) then 'DONE_LATE'"
            + " when %1$s < :today then 'OVERDUE'"
            + " when %1$s <= :soon then 'DUE_SOON'"
            + " when t.state = vn.chidao.tasks.TaskState.ASSIGNED then 'NOT_STARTED'"
            + " else 'IN_PROGRESS_ON_TIME' end";

    /** The periodic deadline kinds, for JPQL. */
    public static final String PERIODIC = "vn.chidao.tasks.DeadlineKind.RECURRING, vn.chidao.tasks.DeadlineKind.ONGOING";

    private StatusRules() {
    }

    /** The JPQL expression against the current ({@code t.dueDate}) or original ({@code t.originalDueDate}) deadline. */
    public static String jpql(boolean againstOriginal) {
        // a periodic task has no first deadline to be judged against: each period has its own
        return String.format(JPQL, againstOriginal ? "case when t.deadlineKind in (" + PERIODIC + ") then t.dueDate"
                + " else t.originalDueDate end" : "t.dueDate");
    }

    public static StatusClass classify(TaskState state, LocalDate due, LocalDate completedOn, LocalDate today, int soonDays) {
        return switch (state) {
            case SUSPENDED, CANCELLED -> StatusClass.SUSPENDED;
            case ACCEPTED -> {
                if (completedOn != null && completedOn.isAfter(today)) {
                    yield classify(TaskState.IN_PROGRESS, due, completedOn, today, soonDays);
                }
                yield completedOn != null && !completedOn.isAfter(due) ? StatusClass.DONE_ON_TIME : StatusClass.DONE_LATE;
            }
            default -> {
                if (due.isBefore(today)) {
                    yield StatusClass.OVERDUE;
                }
                if (!due.isAfter(today.plusDays(soonDays))) {
                    yield StatusClass.DUE_SOON;
                }
                yield state == TaskState.ASSIGNED ? StatusClass.NOT_STARTED : StatusClass.IN_PROGRESS_ON_TIME;
            }
        };
    }

    public static long daysOverdue(TaskState state, LocalDate due, LocalDate today) {
        return state.open() && due.isBefore(today) ? ChronoUnit.DAYS.between(due, today) : 0;
    }
}
