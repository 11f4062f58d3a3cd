package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitEnded;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitMerged;
import vn.chidao.organization.UnitView;
import vn.chidao.tasks.domain.Task;

/**
 * Units ending and their open tasks: a merger recorded ahead of its date takes effect on that date (at start-up and every
 * night, {@link TaskSchedule}, the open tasks of units that have ended move to the units that carry their work; running
 * it twice, or on two servers, moves nothing twice); a unit split among several units or dissolved ends in one reviewed
 * step that says where each of its open tasks goes.
 */
@ApplicationScoped
public class Reorganisation {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organization organization;

    @Inject
    TaskAccess access;

    /**
     * A merged unit's open tasks move to its successor in the same transaction as the merger, so
     * no moment exists in which they belong to a unit that has ended.
     */
    @Transactional
    void on(@Observes UnitMerged merged) {
        if (!merged.effective().isAfter(access.today())) {
            move(merged.unit(), merged.successor());
        }
    }

    /**
     * Moves the open tasks of every unit that has ended by today to whoever carries its work now —
     * for mergers recorded ahead of their date. Safe to run any number of times.
     */
    @Transactional
    public int applyDueMergers() {
        LocalDate today = access.today();
        int moved = 0;
        for (UnitView unit : organization.units(null)) {
            if (unit.successor() != null && unit.effectiveTo() != null && unit.effectiveTo().isBefore(today)) {
                Optional<UnitView> carrier = organization.responsibleFor(unit.id(), today).responsible();
                if (carrier.isPresent()) {
                    moved += move(unit.id(), carrier.get().id());
                }
            }
        }
        return moved;
    }

    /**
     * The open tasks a unit leads or cooperates on, each with where it would go if the unit ended now among {@code heirs}:
     * the first heir proposed for each (the secretariat changes any), nobody for a dissolution (no heirs).
     */
    @Transactional
    public List<Placement> endingPlan(UnitId unit, List<UnitId> heirs, Caller caller) {
        TaskAccess.requireSecretariat(caller);
        organization.unit(unit).orElseThrow(() -> RuleViolation.notFound("unit.notFound", unit.value()));
        UnitId proposed = heirs.isEmpty() ? null : heirs.get(0);
        return openTasks(unit).stream().sorted(Comparator.comparing(Task::code))
                .map(t -> new Placement(new TaskId(t.id()), t.code(), t.title(), t.leadUnitId().equals(unit.value()), proposed)).toList();
    }

    /**
     * Ends a unit after {@code lastDay} in one reviewed step: split among {@code heirs} (two or more) or dissolved (none),
     * each of its open tasks going where {@code placements} says, otherwise to {@code rest} when given. Every open task must
     * have a place — an heir for a split, any unit that exists the next day for a dissolution — or nothing changes and the
     * answer lists the tasks left. One heir is a merger ({@link Organization#mergeUnit}): every task follows it.
     */
    @Transactional
    public UnitView endUnit(UnitId unit, LocalDate lastDay, List<UnitId> heirs, Map<TaskId, UnitId> placements, UnitId rest,
                            Caller caller) {
        TaskAccess.requireSecretariat(caller);
        if (lastDay == null) {
            throw RuleViolation.invalid("lastDay", "unit.end.lastDayRequired");
        }
        if (lastDay.isAfter(access.today())) {
            throw RuleViolation.invalid("lastDay", "unit.end.future");
        }
        if (heirs.size() == 1) {
            return organization.endUnit(unit, lastDay, heirs);
        }
        LocalDate firstDay = lastDay.plusDays(1);
        List<String> unplaced = new ArrayList<>();
        Map<Task, UnitId> moves = new LinkedHashMap<>();
        for (Task task : openTasks(unit)) {
            UnitId to = placements.getOrDefault(new TaskId(task.id()), rest);
            if (to == null) {
                unplaced.add(task.code());
                continue;
            }
            if (!heirs.isEmpty() && !heirs.contains(to)) {
                throw RuleViolation.invalid("placements", "unit.end.notAnHeir", task.code());
            }
            UnitView target = organization.unit(to).orElseThrow(() -> RuleViolation.invalid("placements", "unit.notFound", to.value()));
            if (!target.activeOn(firstDay) || target.id().equals(unit)) {
                throw RuleViolation.invalid("placements", "unit.end.placeEnded", task.code(), target.displayName());
            }
            moves.put(task, to);
        }
        if (!unplaced.isEmpty()) {
            throw RuleViolation.conflict("placements", "unit.end.unplaced", String.join(", ", unplaced));
        }
        moves.forEach((task, to) -> task.moveUnit(unit.value(), to.value()));
        em.flush();
        return organization.endUnit(unit, lastDay, heirs);
    }

    /** A split or dissolved unit keeps no open task: what was not placed refuses the ending (and nothing changes). */
    void on(@Observes UnitEnded ended) {
        List<Task> left = openTasks(ended.unit());
        if (!left.isEmpty()) {
            throw RuleViolation.conflict("placements", "unit.end.unplaced", String.join(", ", left.stream().map(Task::code).toList()));
        }
    }

    private List<Task> openTasks(UnitId unit) {
        return em.createQuery("select distinct t from Task t left join t.cooperation c "
                        + "where (t.leadUnitId = :u or c.unitId = :u) and t.state in :open", Task.class)
                .setParameter("u", unit.value())
                .setParameter("open", List.of(TaskState.ASSIGNED, TaskState.IN_PROGRESS, TaskState.COMPLETION_PROPOSED,
                        TaskState.SUSPENDED))
                .getResultList();
    }

    private int move(UnitId from, UnitId to) {
        List<Task> tasks = openTasks(from);
        for (Task task : tasks) {
            task.moveUnit(from.value(), to.value());
        }
        return tasks.size();
    }
}
