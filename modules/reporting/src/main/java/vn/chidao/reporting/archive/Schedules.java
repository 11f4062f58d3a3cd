package vn.chidao.reporting.archive;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.plan.DocumentId;
import vn.chidao.reporting.Frequency;
import vn.chidao.reporting.ScheduleView;

/**
 * The briefing schedules, and the claim that makes each period's briefing be generated once: a
 * conditional update that only one job can win, on one server or on several sharing the database.
 */
@ApplicationScoped
public class Schedules {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public ScheduleView create(DocumentId document, Frequency frequency, String by, Instant at) {
        BriefingSchedule schedule = new BriefingSchedule(document, frequency, by, at);
        em.persist(schedule);
        return schedule.view();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScheduleView> all() {
        return em.createQuery("select s from BriefingSchedule s order by s.id", BriefingSchedule.class).getResultList()
                .stream().map(BriefingSchedule::view).toList();
    }

    @Transactional
    public ScheduleView stop(long id, long expectedVersion) {
        BriefingSchedule schedule = em.find(BriefingSchedule.class, id, LockModeType.OPTIMISTIC);
        if (schedule == null) {
            throw RuleViolation.notFound("report.schedule.notFound");
        }
        if (schedule.version() != expectedVersion) {
            throw new OptimisticLockException("Schedule " + id + " changed since it was read");
        }
        schedule.stop();
        return schedule.view();
    }

    /** Takes the period for this job; false when another job (here or on another server) already has. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id, String period) {
        return em.createQuery("update BriefingSchedule s set s.lastPeriod = :period where s.id = :id and s.active = true"
                        + " and (s.lastPeriod is null or s.lastPeriod <> :period)")
                .setParameter("period", period).setParameter("id", id).executeUpdate() == 1;
    }

    /** Gives a claimed period back after its briefing failed, so that the next run tries again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(long id, String period, String previous) {
        em.createQuery("update BriefingSchedule s set s.lastPeriod = :previous where s.id = :id and s.lastPeriod = :period")
                .setParameter("previous", previous).setParameter("period", period).setParameter("id", id).executeUpdate();
    }
}
