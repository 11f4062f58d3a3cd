package vn.chidao.reporting.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.reporting.EvaluationCriteria;
import vn.chidao.reporting.EvaluationView;

/** The criteria and the closed evaluations, in the database all servers share. */
@ApplicationScoped
@Transactional
public class EvaluationStore {

    @PersistenceContext
    EntityManager em;

    public EvaluationCriteria criteria() {
        return current().criteria();
    }

    /** Replaces the criteria when nobody changed them since {@code expectedVersion} was read; returns the new ones. */
    public EvaluationCriteria change(EvaluationCriteria criteria, long expectedVersion, String by, Instant at) {
        CurrentCriteria current = current();
        if (current.version() != expectedVersion) {
            throw RuleViolation.conflict("version", "evaluation.criteria.stale");
        }
        current.change(criteria, by, at);
        em.flush();
        return current.criteria();
    }

    private CurrentCriteria current() {
        CurrentCriteria current = em.find(CurrentCriteria.class, CurrentCriteria.ID);
        if (current == null) {
            throw new IllegalStateException("rpt_evaluation_criteria has no row: the migration did not run");
        }
        return current;
    }

    public Optional<EvaluationView> closed(String period) {
        return em.createQuery("select e from ClosedEvaluation e where e.period = :p", ClosedEvaluation.class)
                .setParameter("p", period).getResultStream().findFirst().map(ClosedEvaluation::view);
    }

    public List<EvaluationView> allClosed() {
        return em.createQuery("select e from ClosedEvaluation e order by e.closedAt desc", ClosedEvaluation.class).getResultList()
                .stream().map(ClosedEvaluation::view).toList();
    }

    /** Freezes {@code live}; a period closes once (the unique period refuses a second close, here or on another server). */
    public EvaluationView close(EvaluationView live, String by, Instant at) {
        if (closed(live.period()).isPresent()) {
            throw RuleViolation.conflict("period", "evaluation.closed", live.label());
        }
        ClosedEvaluation closed = new ClosedEvaluation(live, by, at);
        em.persist(closed);
        em.flush();
        return closed.view();
    }

    /** Opens a closed period again; false when it was not closed. */
    public boolean reopen(String period) {
        List<ClosedEvaluation> found = em.createQuery("select e from ClosedEvaluation e where e.period = :p", ClosedEvaluation.class)
                .setParameter("p", period).getResultList();
        found.forEach(em::remove);
        return !found.isEmpty();
    }
}
