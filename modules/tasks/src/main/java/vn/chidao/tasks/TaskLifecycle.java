package vn.chidao.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.organization.Caller;
import vn.chidao.tasks.domain.Task;

/** The secretariat suspends a task, drops (cancels) it or resumes it, each with its reason. */
@ApplicationScoped
@Transactional
public class TaskLifecycle {

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAccess access;

    public TaskView suspend(TaskId id, Caller caller, long expectedVersion, String reason) {
        Task task = access.changeable(id, caller, TaskAction.SUSPEND, expectedVersion);
        task.suspend(reason.strip());
        em.flush();
        return access.view(task);
    }

    public TaskView cancel(TaskId id, Caller caller, long expectedVersion, String reason) {
        Task task = access.changeable(id, caller, TaskAction.CANCEL, expectedVersion);
        task.cancel(reason.strip());
        em.flush();
        return access.view(task);
    }

    public TaskView resume(TaskId id, Caller caller, long expectedVersion) {
        Task task = access.changeable(id, caller, TaskAction.RESUME, expectedVersion);
        task.resume();
        task.openPeriods(access.today());
        em.flush();
        return access.view(task);
    }
}
