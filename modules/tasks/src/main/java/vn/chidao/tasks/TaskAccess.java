package vn.chidao.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.AuditLog;
import vn.chidao.organization.Caller;
import vn.chidao.organization.UnitId;
import vn.chidao.tasks.domain.RiskRules;
import vn.chidao.tasks.domain.Task;
import vn.chidao.tasks.domain.Visibility;
import vn.chidao.tasks.domain.WarningSettings;

/**
 * What every change of a task starts with, in the caller's transaction: today, the task as the caller may
 * see it (one they may not see answers exactly like one that does not exist), and the caller's right to the
 * action ({@link TaskActions}).
 */
@ApplicationScoped
class TaskAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chidao.tasks.dueSoonDays", defaultValue = "3")
    int soonDays;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    /** The day in the province on which {@code moment} fell. */
    LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, clock.getZone());
    }

    /** The province's time zone, in which days begin and end. */
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    int soonDays() {
        return soonDays;
    }

    TaskView view(Task task) {
        LocalDate today = today();
        return task.view(today, soonDays, thresholds(), task.id() != null && extensionPending(task.id(), today));
    }

    /** The secretariat's early-warning settings ({@link EarlyWarning}). */
    RiskRules.Thresholds thresholds() {
        return em.find(WarningSettings.class, WarningSettings.ID).thresholds();
    }

    /** The instant {@code day} ends in the province: what happened before it had happened by that day. */
    java.time.Instant dayEnd(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /** The tasks whose request for more time had been made and not yet decided on {@code day}. */
    java.util.Set<Long> extensionsPending(LocalDate day) {
        return new java.util.HashSet<>(em.createQuery("select distinct e.taskId from ExtensionRequest e where e.requestedAt < :end"
                + " and (e.decidedAt is null or e.decidedAt >= :end)", Long.class).setParameter("end", dayEnd(day)).getResultList());
    }

    private boolean extensionPending(long taskId, LocalDate day) {
        return !em.createQuery("select e.id from ExtensionRequest e where e.taskId = :t and e.requestedAt < :end"
                + " and (e.decidedAt is null or e.decidedAt >= :end)", Long.class).setParameter("t", taskId)
                .setParameter("end", dayEnd(day)).setMaxResults(1).getResultList().isEmpty();
    }

    Task visible(TaskId id, Caller caller) {
        Task task = em.find(Task.class, id.value());
        if (task == null || !Visibility.sees(caller, task)) {
            if (task != null) {
                // answered as if it did not exist; the audit log keeps that someone asked for another unit's task
                audit.recordQuietly(caller.email(), null, AuditLog.Action.ACCESS_REFUSED, "task " + id.value(), "another unit's task");
            }
            throw RuleViolation.notFound("task.notFound", id.value());
        }
        return task;
    }

    /** A visible task the caller is entitled to change this way, at the version they saw; else 403 or 409. */
    Task changeable(TaskId id, Caller caller, TaskAction action, long expectedVersion) {
        Task task = visible(id, caller);
        require(task, caller, action, "auth.forbidden");
        if (task.version() != expectedVersion) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        return task;
    }

    /** Refuses (403, with {@code messageKey}) a caller not entitled to {@code action} on {@code task}. */
    void require(Task task, Caller caller, TaskAction action, String messageKey) {
        if (!TaskActions.entitled(action, caller, new UnitId(task.leadUnitId()),
                task.cooperatingUnits().stream().map(UnitId::new).toList())) {
            audit.recordQuietly(caller.email(), null, AuditLog.Action.ACCESS_REFUSED, "task " + task.id(), action.name());
            throw RuleViolation.forbidden(messageKey);
        }
    }

    /** Refuses (403) anyone but the secretariat, for work that concerns no single task. */
    static void requireSecretariat(Caller caller) {
        if (!caller.secretariat()) {
            throw RuleViolation.forbidden("auth.forbidden");
        }
    }

    boolean extensionPending(long taskId) {
        return !em.createQuery("select e.id from ExtensionRequest e where e.taskId = :t "
                + "and e.state = vn.chidao.tasks.ExtensionState.PENDING", Long.class).setParameter("t", taskId)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
