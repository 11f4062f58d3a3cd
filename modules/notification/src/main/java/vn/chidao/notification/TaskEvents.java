package vn.chidao.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.reporting.BriefingReady;
import vn.chidao.organization.Caller;
import vn.chidao.tasks.CommentKind;
import vn.chidao.tasks.CommentView;
import vn.chidao.tasks.CompletionDecided;
import vn.chidao.tasks.CompletionProposed;
import vn.chidao.tasks.ExtensionDecided;
import vn.chidao.tasks.IssueAnswered;
import vn.chidao.tasks.IssueKind;
import vn.chidao.tasks.IssueView;
import vn.chidao.tasks.TaskAssigned;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskCommented;
import vn.chidao.tasks.TaskConversation;
import vn.chidao.tasks.TaskIssues;
import vn.chidao.tasks.TaskView;

/**
 * Turns the tasks' and reports' events into notices. The observers run inside the transaction that
 * fired the event (the outbox rows commit with the change, or not at all); delivery comes after.
 */
@ApplicationScoped
class TaskEvents {

    private static final Caller READER = Caller.system();

    @Inject
    Notices notices;

    @Inject
    TaskAssignment assignment;

    @Inject
    vn.chidao.notification.outbox.Postbox postbox;

    @Inject
    @ConfigProperty(name = "chidao.mail.attach-max-bytes", defaultValue = "5242880")
    long attachMaxBytes;

    @Inject
    vn.chidao.notification.outbox.EventLog log;

    @Inject
    TaskIssues issues;

    @Inject
    TaskConversation conversation;

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) TaskAssigned event) {
        List<UnitId> units = new ArrayList<>();
        units.add(event.lead());
        units.addAll(event.cooperating());
        log.record("TASK_ASSIGNED", event.task().value(), null, units, false, null, null);
    }

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) CompletionProposed event) {
        log.record("COMPLETION_PROPOSED", event.task().value(), null, List.of(), false, null, null);
    }

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) CompletionDecided event) {
        log.record("COMPLETION_DECIDED", event.task().value(), null, List.of(event.lead()), event.accepted(), event.reason(), null);
    }

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) ExtensionDecided event) {
        if (event.approved()) {
            postbox.cancelReminders(event.task());
        }
        log.record("EXTENSION_DECIDED", event.task().value(), null, List.of(event.unit()), event.approved(), null, null);
    }

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) IssueAnswered event) {
        // the texts are read back when the notices are written (they may be long); the event keeps the item's id
        log.record("ISSUE_ANSWERED", event.task().value(), null, List.of(event.unit()), false, Long.toString(event.issue()), null);
    }

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) TaskCommented event) {
        log.record("TASK_COMMENTED", event.task().value(), null, event.units(), false, Long.toString(event.comment()), null);
    }

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) BriefingReady event) {
        log.record("BRIEFING_READY", null, event.report().value(), List.of(), false, event.period(), event.sizeBytes());
    }

    /** Turns recorded events into each person's notices, a batch per transaction; returns how many events it took. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int expand(int max) {
        List<vn.chidao.notification.outbox.EventLog.Event> events = log.claim(max);
        vn.chidao.notification.outbox.Postbox.Batch batch = new vn.chidao.notification.outbox.Postbox.Batch();
        java.util.Set<Long> digestReaders = events.isEmpty() ? java.util.Set.of() : notices.digestReaders();
        for (vn.chidao.notification.outbox.EventLog.Event event : events) {
            expand(event, batch, digestReaders);
            log.done(event.id());
        }
        postbox.write(batch);
        return events.size();
    }

    private void expand(vn.chidao.notification.outbox.EventLog.Event event, vn.chidao.notification.outbox.Postbox.Batch batch,
                        java.util.Set<Long> digestReaders) {
        String key = "EVT:" + event.id();
        TaskView task = event.task() == null ? null : assignment.task(new vn.chidao.tasks.TaskId(event.task()), READER);
        Notices.TaskFacts facts = task == null ? null : facts(task);
        switch (event.type()) {
            case "TASK_ASSIGNED" -> {
                notices.aboutTask(NoticeKind.TASK_ASSIGNED, "ASSIGNED:" + event.task(), notices.unitPeople(event.units(), false),
                        facts, List.of(facts.name()), Map.of(), batch, digestReaders);
            }
            case "COMPLETION_PROPOSED" -> {
                notices.aboutTask(NoticeKind.COMPLETION_PROPOSED, key, notices.withRole(Role.SECRETARIAT), facts,
                        List.of(facts.name(), facts.leadName()), Map.of(), batch, digestReaders);
            }
            case "COMPLETION_DECIDED" -> {
                notices.aboutTask(event.flag() ? NoticeKind.COMPLETION_ACCEPTED : NoticeKind.COMPLETION_RETURNED, key,
                        notices.unitPeople(event.units(), false), facts, List.of(facts.name()),
                        event.detail() == null ? Map.of() : Map.of("reason", event.detail()), batch, digestReaders);
            }
            case "EXTENSION_DECIDED" -> {
                notices.aboutTask(event.flag() ? NoticeKind.EXTENSION_APPROVED : NoticeKind.EXTENSION_REJECTED, key,
                        notices.unitPeople(event.units(), false), facts, List.of(facts.name()), Map.of(), batch, digestReaders);
            }
            case "ISSUE_ANSWERED" -> {
                IssueView issue = issues.one(Long.parseLong(event.detail()));
                Map<String, Object> extra = new java.util.LinkedHashMap<>();
                extra.put(issue.kind() == IssueKind.OBSTACLE ? "obstacle" : "recommendation", issue.text());
                extra.put("answer", issue.answer());
                notices.aboutTask(NoticeKind.ISSUE_ANSWERED, key, notices.unitPeople(event.units(), false), facts,
                        List.of(facts.name()), extra, batch, digestReaders);
            }
            case "TASK_COMMENTED" -> {
                // the units taking part and the secretariat, not the one who wrote it
                CommentView comment = conversation.one(Long.parseLong(event.detail()));
                java.util.Map<Long, vn.chidao.organization.PersonView> people = new java.util.LinkedHashMap<>();
                notices.unitPeople(event.units(), false).forEach(p -> people.put(p.id().value(), p));
                notices.withRole(Role.SECRETARIAT).forEach(p -> people.put(p.id().value(), p));
                people.values().removeIf(p -> p.email().equalsIgnoreCase(comment.author()));
                Map<String, Object> extra = new java.util.LinkedHashMap<>();
                extra.put("author", comment.authorName() == null ? comment.author() : comment.authorName());
                extra.put(comment.kind() == CommentKind.DIRECTION ? "direction" : "comment", comment.text());
                notices.aboutTask(comment.kind() == CommentKind.DIRECTION ? NoticeKind.DIRECTION : NoticeKind.TASK_COMMENTED,
                        "COMMENT:" + comment.id(), people.values(), facts, List.of(facts.name(), extra.get("author")), extra, batch,
                        digestReaders);
            }
            case "BRIEFING_READY" -> {
                boolean attach = event.size() != null && event.size() <= attachMaxBytes;
                notices.aboutReport(NoticeKind.BRIEFING_READY, "BRIEFING:" + event.report(), notices.withRole(Role.COMMITTEE_MEMBER),
                        new vn.chidao.reporting.ReportId(event.report()), List.of(event.detail() == null ? "" : event.detail()),
                        Map.of("attached", attach ? "PDF" : "—"), attach, batch);
            }
            default -> throw new IllegalStateException("Unknown notification event " + event.type());
        }
    }

    private Notices.TaskFacts facts(TaskView task) {
        return new Notices.TaskFacts(task.id(), task.code(), task.title(), notices.unitName(task.leadUnit()), task.dueDate());
    }

}
