package vn.chidao.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.reporting.BriefingReady;
import vn.chidao.tasks.Caller;
import vn.chidao.tasks.CompletionDecided;
import vn.chidao.tasks.CompletionProposed;
import vn.chidao.tasks.ExtensionDecided;
import vn.chidao.tasks.TaskAssigned;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskView;

/**
 * Turns the tasks' and reports' events into notices. The observers run inside the transaction that
 * fired the event (the outbox rows commit with the change, or not at all); delivery comes after.
 */
@ApplicationScoped
class TaskEvents {

    private static final Caller READER = new Caller("buu-ta@chidao.local", null, Set.of(Role.SECRETARIAT));

    @Inject
    Notices notices;

    @Inject
    TaskAssignment assignment;

    @Inject
    vn.chidao.notification.outbox.Postbox postbox;

    @Inject
    @ConfigProperty(name = "chidao.mail.attach-max-bytes", defaultValue = "5242880")
    long attachMaxBytes;

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) TaskAssigned event) {
        TaskView task = assignment.task(event.task(), READER);
        List<UnitId> units = new ArrayList<>();
        units.add(event.lead());
        units.addAll(event.cooperating());
        notices.aboutTask(NoticeKind.TASK_ASSIGNED, "ASSIGNED:" + event.task().value(), notices.unitPeople(units, false), facts(task),
                List.of(name(task)), Map.of());
    }

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) CompletionProposed event) {
        TaskView task = assignment.task(event.task(), READER);
        notices.aboutTask(NoticeKind.COMPLETION_PROPOSED, null, notices.withRole(Role.SECRETARIAT), facts(task),
                List.of(name(task), notices.unitName(task.leadUnit())), Map.of());
    }

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) CompletionDecided event) {
        TaskView task = assignment.task(event.task(), READER);
        notices.aboutTask(event.accepted() ? NoticeKind.COMPLETION_ACCEPTED : NoticeKind.COMPLETION_RETURNED, null,
                notices.unitPeople(List.of(event.lead()), false), facts(task), List.of(name(task)),
                event.reason() == null ? Map.of() : Map.of("reason", event.reason()));
    }

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) ExtensionDecided event) {
        TaskView task = assignment.task(event.task(), READER);
        if (event.approved()) {
            postbox.cancelReminders(event.task());
        }
        notices.aboutTask(event.approved() ? NoticeKind.EXTENSION_APPROVED : NoticeKind.EXTENSION_REJECTED, null,
                notices.unitPeople(List.of(event.unit()), false), facts(task), List.of(name(task)), Map.of());
    }

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) BriefingReady event) {
        boolean attach = event.sizeBytes() <= attachMaxBytes;
        List<Object> headline = List.of(event.period() == null ? "" : event.period());
        java.util.Set<vn.chidao.organization.PersonView> readers = new java.util.LinkedHashSet<>(notices.withRole(Role.COMMITTEE_MEMBER));
        notices.aboutReport(NoticeKind.BRIEFING_READY, "BRIEFING:" + event.report().value(), readers, event.report(), headline,
                Map.of("attached", attach ? "PDF" : "—"), attach);
    }

    private Notices.TaskFacts facts(TaskView task) {
        return new Notices.TaskFacts(task.id(), task.code(), task.title(), notices.unitName(task.leadUnit()), task.dueDate());
    }

    private static String name(TaskView task) {
        return task.code() == null || task.code().isBlank() ? task.title() : task.code() + ". " + task.title();
    }
}
