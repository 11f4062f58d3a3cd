package vn.chidao.tasks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.organization.UnitId;
import vn.chidao.tasks.domain.StatusRules;

/**
 * Each lead unit's figures for a period, the ground of its evaluation (đánh giá, xếp loại mức độ hoàn thành
 * nhiệm vụ). A task with a date or period for deadline counts in a period when it was finished in it, or when
 * it fell due by the period's last day and was not finished by then, so a task left overdue counts against
 * its unit in every period until it is done; finished after its (current) deadline it counts as late.
 * Suspended and cancelled tasks do not count. Recurring and ongoing tasks count by their reporting periods
 * due in the period (waived ones left out), judged as of {@code asOf}, as are extensions granted in the
 * period and whether the obstacles raised in it were answered.
 */
@ApplicationScoped
@Transactional
public class Performance {

    private static final String COUNTED = "t.state not in (vn.chidao.tasks.TaskState.SUSPENDED, vn.chidao.tasks.TaskState.CANCELLED)";
    private static final String DONE = "t.state = vn.chidao.tasks.TaskState.ACCEPTED and t.completedOn <= :to";

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAccess access;

    /** Every unit with something to count in [{@code from}, {@code to}], by unit id; the committee's and secretariat's only. */
    public Map<UnitId, UnitPerformance> byUnit(LocalDate from, LocalDate to, LocalDate asOf, Caller caller) {
        if (!caller.readsEverything()) {
            throw RuleViolation.forbidden("auth.forbidden");
        }
        if (to.isBefore(from)) {
            throw RuleViolation.invalid("to", "performance.period.reversed", from, to);
        }
        Map<Long, long[]> figures = new TreeMap<>();
        em.createQuery("select t.leadUnitId,"
                        + " sum(case when " + DONE + " and t.completedOn <= t.dueDate then 1 else 0 end),"
                        + " sum(case when " + DONE + " and t.completedOn > t.dueDate then 1 else 0 end),"
                        + " sum(case when " + DONE + " then 0 else 1 end)"
                        + " from Task t where t.deadlineKind not in (" + StatusRules.PERIODIC + ") and " + COUNTED
                        + " and t.assignedOn <= :to and ((" + DONE + " and t.completedOn >= :from)"
                        + " or (not (" + DONE + ") and t.dueDate <= :to)) group by t.leadUnitId", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> add(figures, (Long) r[0], 0, r[1], r[2], r[3]));
        em.createQuery("select t.leadUnitId,"
                        + " sum(case when p.reportedOn <= :asOf and p.reportedOn <= p.dueOn then 1 else 0 end),"
                        + " sum(case when p.reportedOn <= :asOf and p.reportedOn > p.dueOn then 1 else 0 end),"
                        + " sum(case when p.reportedOn is null or p.reportedOn > :asOf then 1 else 0 end)"
                        + " from ReportingPeriod p, Task t where p.taskId = t.id and " + COUNTED + " and p.waivedReason is null"
                        + " and p.dueOn >= :from and p.dueOn <= :to and (p.dueOn < :asOf or p.reportedOn <= :asOf)"
                        + " group by t.leadUnitId", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("asOf", asOf).getResultList()
                .forEach(r -> add(figures, (Long) r[0], 4, r[1], r[2], r[3]));
        ZoneId zone = access.zone();
        em.createQuery("select e.unitId, count(e) from ExtensionRequest e where e.state = vn.chidao.tasks.ExtensionState.APPROVED"
                        + " and e.decidedAt >= :from and e.decidedAt < :to group by e.unitId", Object[].class)
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant()).getResultList()
                .forEach(r -> add(figures, (Long) r[0], 7, r[1]));
        em.createQuery("select i.unitId, count(i), sum(case when i.answeredAt < :asOf then 1 else 0 end) from TaskIssue i"
                        + " where i.raisedOn >= :from and i.raisedOn <= :to group by i.unitId", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("asOf", asOf.plusDays(1).atStartOfDay(zone).toInstant()).getResultList()
                .forEach(r -> add(figures, (Long) r[0], 8, r[1], r[2]));
        Map<UnitId, UnitPerformance> result = new LinkedHashMap<>();
        figures.forEach((unit, f) -> {
            long tasksDue = f[0] + f[1] + f[2];
            long periodsDue = f[4] + f[5] + f[6];
            result.put(new UnitId(unit), new UnitPerformance(new UnitId(unit), tasksDue, f[0], f[1], f[2], periodsDue, f[4], f[5], f[6],
                    f[7], f[8], f[9]));
        });
        return result;
    }

    private static void add(Map<Long, long[]> figures, Long unit, int at, Object... values) {
        long[] f = figures.computeIfAbsent(unit, u -> new long[10]);
        for (int i = 0; i < values.length; i++) {
            f[at + i] += values[i] == null ? 0 : ((Number) values[i]).longValue();
        }
    }

    /** The units that lead at least one task, so a unit with nothing due is shown as such rather than left out. */
    public List<UnitId> leadUnits() {
        return em.createQuery("select distinct t.leadUnitId from Task t", Long.class).getResultList().stream().map(UnitId::new).toList();
    }
}
