package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitMerged;
import vn.chidao.organization.UnitView;
import vn.chidao.tasks.domain.Task;

/**
 * A merger recorded ahead of its date takes effect on that date: at start-up and every night
 * ({@link TaskSchedule}), the open tasks of units that have ended move to the units that carry
 * their work. Running it twice, or on two servers, moves nothing twice.
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

    private int move(UnitId from, UnitId to) {
        List<Task> tasks = em.createQuery("select distinct t from Task t left join t.cooperation c "
                        + "where (t.leadUnitId = :u or c.unitId = :u) and t.state in :open", Task.class)
                .setParameter("u", from.value())
                .setParameter("open", List.of(TaskState.ASSIGNED, TaskState.IN_PROGRESS, TaskState.COMPLETION_PROPOSED,
                        TaskState.SUSPENDED))
                .getResultList();
        for (Task task : tasks) {
            task.moveUnit(from.value(), to.value());
        }
        return tasks.size();
    }
}
