package vn.chidao.tasks;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.organization.Caller;
import vn.chidao.tasks.domain.ExtensionRequest;
import vn.chidao.tasks.domain.Task;

/** What waits for the secretariat's decision: extension requests and proposed completions, oldest first. */
@ApplicationScoped
@Transactional
public class SecretariatQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAccess access;

    /** How many extension requests and completion proposals wait for the secretariat. */
    public record WaitingDecisions(long extensions, long completions) {
    }

    public List<ExtensionView> pendingExtensions(Caller caller) {
        TaskAccess.requireSecretariat(caller);
        return em.createQuery("select e from ExtensionRequest e where e.state = vn.chidao.tasks.ExtensionState.PENDING "
                + "order by e.requestedAt, e.id", ExtensionRequest.class).getResultList().stream().map(ExtensionRequest::view).toList();
    }

    public List<TaskView> proposedCompletions(Caller caller, int limit) {
        TaskAccess.requireSecretariat(caller);
        return em.createQuery("select t from Task t where t.state = vn.chidao.tasks.TaskState.COMPLETION_PROPOSED "
                + "order by t.proposedOn, t.id", Task.class).setMaxResults(limit).getResultList().stream()
                .map(access::view).toList();
    }

    public WaitingDecisions waitingDecisions(Caller caller) {
        TaskAccess.requireSecretariat(caller);
        return new WaitingDecisions(
                em.createQuery("select count(e) from ExtensionRequest e where e.state = vn.chidao.tasks.ExtensionState.PENDING",
                        Long.class).getSingleResult(),
                em.createQuery("select count(t) from Task t where t.state = vn.chidao.tasks.TaskState.COMPLETION_PROPOSED",
                        Long.class).getSingleResult());
    }
}
