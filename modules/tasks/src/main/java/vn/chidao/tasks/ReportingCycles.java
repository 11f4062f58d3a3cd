package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.organization.UnitId;
import vn.chidao.tasks.domain.Deadlines;
import vn.chidao.tasks.domain.ReportingPeriod;
import vn.chidao.tasks.domain.StatusRules;
import vn.chidao.tasks.domain.Task;
import vn.chidao.tasks.domain.Visibility;

/**
 * The periods of recurring and ongoing tasks (kỳ báo cáo): each owes one report per period, each period
 * with its own due day and state. Periods open as they begin (every night and at start-up); the lead
 * unit's reports settle them; the secretariat waives one with a reason or corrects the kind and cycle of
 * a task's deadline; a unit sees what it owes now.
 */
@ApplicationScoped
@Transactional
public class ReportingCycles {

    private static final String OPEN = "(vn.chidao.tasks.TaskState.ASSIGNED, vn.chidao.tasks.TaskState.IN_PROGRESS, "
            + "vn.chidao.tasks.TaskState.COMPLETION_PROPOSED)";

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAccess access;

    /** Opens every period begun by today of the open periodic tasks; returns how many tasks had one to open. */
    public int openPeriods() {
        LocalDate today = access.today();
        List<Task> tasks = em.createQuery("select t from Task t where t.deadlineKind in (" + StatusRules.PERIODIC + ")"
                + " and t.state in " + OPEN + " and (t.owingFrom <= :today) and not exists (select p.id from ReportingPeriod p"
                + " where p.taskId = t.id and p.endsOn >= case when t.owingUntil < :today then t.owingUntil else :today end)",
                Task.class).setParameter("today", today).getResultList();
        int opened = 0;
        for (Task task : tasks) {
            if (task.openPeriods(today)) {
                opened++;
            }
        }
        return opened;
    }

    /** A periodic task's periods, oldest first, as of today; none for a dated task. */
    public List<PeriodView> periods(TaskId id, Caller caller) {
        Task task = access.visible(id, caller);
        LocalDate today = access.today();
        return task.periods().stream().map(p -> p.view(id, today)).toList();
    }

    /** The secretariat excuses the report of the period starting on {@code startsOn}. */
    public TaskView waive(TaskId id, Caller caller, long expectedVersion, LocalDate startsOn, String reason) {
        Task task = access.changeable(id, caller, TaskAction.WAIVE_PERIOD, expectedVersion);
        task.waivePeriod(startsOn, reason.strip(), caller.email(), access.now());
        em.flush();
        return access.view(task);
    }

    /**
     * The secretariat corrects the kind or cycle of a task's deadline ({@code deadline} as a document writes it:
     * "thường xuyên", "hằng tháng", "hằng năm, đến 2025", or a date for a task that was periodic), owing from the
     * period {@code owingFrom} falls in (the current one when null), with a reason the history keeps.
     */
    public TaskView correctDeadline(TaskId id, Caller caller, long expectedVersion, String deadline, LocalDate owingFrom,
                                    String reason) {
        Task task = access.changeable(id, caller, TaskAction.CORRECT_DEADLINE, expectedVersion);
        LocalDate today = access.today();
        Deadline corrected = Deadlines.parse(deadline, owingFrom == null ? today : owingFrom)
                .orElseThrow(() -> RuleViolation.invalid("deadline", "task.deadline.unreadable", deadline));
        List<LocalDate> leadReports = em.createQuery("select p.reportedOn from ProgressReport p where p.taskId = :t"
                        + " and p.unitId in (:lead, :original) order by p.reportedOn, p.id", LocalDate.class)
                .setParameter("t", task.id()).setParameter("lead", task.leadUnitId())
                .setParameter("original", task.originalLeadUnitId()).getResultList();
        task.correctDeadline(corrected, reason.strip(), leadReports, today);
        em.flush();
        return access.view(task);
    }

    /**
     * What a unit owes now: for each open periodic task it leads, the oldest period not yet reported (due or
     * already missing), soonest due first. A unit's people ask only about their own unit.
     */
    public List<OwedReport> owed(UnitId unit, Caller caller) {
        if (!caller.readsEverything() && !unit.equals(caller.unit())) {
            throw RuleViolation.forbidden("auth.forbidden");
        }
        LocalDate today = access.today();
        List<Object[]> rows = em.createQuery("select t, p from Task t, ReportingPeriod p where p.taskId = t.id"
                        + " and t.leadUnitId = :unit and t.state in " + OPEN + " and p.reportedOn is null and p.waivedReason is null"
                        + " and p.startsOn <= :today and not exists (select q.id from ReportingPeriod q where q.taskId = t.id"
                        + " and q.startsOn < p.startsOn and q.reportedOn is null and q.waivedReason is null)"
                        + " order by p.dueOn, t.id", Object[].class)
                .setParameter("unit", unit.value()).setParameter("today", today).getResultList();
        return rows.stream().filter(r -> Visibility.sees(caller, (Task) r[0])).map(r -> {
            Task task = (Task) r[0];
            TaskId id = new TaskId(task.id());
            TaskView view = access.view(task);
            return new OwedReport(id, view.code(), view.title(), view.leadUnit(), ((ReportingPeriod) r[1]).view(id, today));
        }).toList();
    }
}
