package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.organization.UnitId;
import vn.chidao.tasks.domain.ExtensionRequest;
import vn.chidao.tasks.domain.Task;

/**
 * Extensions: the lead unit asks for a later deadline, one request at a time; the secretariat approves (the
 * deadline moves, the first one is kept) or refuses it.
 */
@ApplicationScoped
@Transactional
public class TaskExtensions {

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAccess access;

    @Inject
    Event<Object> events;

    public ExtensionView requestExtension(TaskId id, Caller caller, LocalDate requested, String reason) {
        Task task = access.visible(id, caller);
        access.require(task, caller, TaskAction.REQUEST_EXTENSION, "extension.leadOnly");
        // the task row is locked so two requests cannot both pass the "none pending" check
        em.lock(task, LockModeType.PESSIMISTIC_WRITE);
        task.checkExtensionRequest(requested, access.today());
        if (access.extensionPending(task.id())) {
            throw RuleViolation.conflict("requestedDueDate", "extension.alreadyPending");
        }
        ExtensionRequest extension = new ExtensionRequest(task.id(), caller.unit().value(), task.dueDate(), requested,
                reason.strip(), caller.email(), access.now());
        em.persist(extension);
        em.flush();
        return extension.view();
    }

    public ExtensionView decideExtension(long extensionId, Caller caller, boolean approve, long expectedVersion, String note) {
        TaskAccess.requireSecretariat(caller);
        ExtensionRequest extension = em.find(ExtensionRequest.class, extensionId);
        if (extension == null) {
            throw RuleViolation.notFound("extension.notFound", extensionId);
        }
        if (extension.version() != expectedVersion) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        Task task = em.find(Task.class, extension.taskId(), LockModeType.PESSIMISTIC_WRITE);
        extension.decide(approve, caller.email(), access.now(), note == null ? null : note.strip());
        if (approve) {
            task.extendDeadline(extension.requestedDueDate());
        }
        em.flush();
        events.fire(new ExtensionDecided(new TaskId(task.id()), new UnitId(extension.unitId()), approve, task.dueDate()));
        return extension.view();
    }

    public List<ExtensionView> extensions(TaskId id, Caller caller) {
        access.visible(id, caller);
        return em.createQuery("select e from ExtensionRequest e where e.taskId = :t order by e.requestedAt desc, e.id desc",
                ExtensionRequest.class).setParameter("t", id.value()).getResultList().stream().map(ExtensionRequest::view).toList();
    }
}
