package vn.chidao.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.organization.Organization;
import vn.chidao.organization.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitMerged;
import vn.chidao.organization.UnitView;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.Planning;
import vn.chidao.plan.TargetId;
import vn.chidao.tasks.domain.Deadlines;
import vn.chidao.tasks.domain.ExtensionRequest;
import vn.chidao.tasks.domain.ProgressReport;
import vn.chidao.tasks.domain.Task;

/**
 * Everything that changes a task, each with its access rule: the secretariat assigns and
 * decides; a unit reports on and asks for more time for its own tasks only. A task the caller
 * may not see answers exactly like one that does not exist.
 */
@ApplicationScoped
@Transactional
public class TaskAssignment {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organization organization;

    @Inject
    Planning planning;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chidao.tasks.dueSoonDays", defaultValue = "3")
    int soonDays;

    @Inject
    Event<Object> events;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int soonDays() {
        return soonDays;
    }

    public TaskView assign(NewTask request, Caller caller) {
        return assignAll(List.of(request), caller).get(0);
    }

    /** Assigns several tasks in one transaction — all of them or, at the first refusal, none. */
    public List<TaskView> assignAll(List<NewTask> requests, Caller caller) {
        requireSecretariat(caller);
        Lookups lookups = new Lookups();
        List<Task> tasks = new ArrayList<>();
        for (NewTask request : requests) {
            tasks.add(prepare(request, caller, lookups));
        }
        tasks.forEach(em::persist);
        em.flush();
        for (Task task : tasks) {
            events.fire(new TaskAssigned(new TaskId(task.id()), new UnitId(task.leadUnitId()),
                    task.cooperatingUnits().stream().map(UnitId::new).toList(), task.dueDate()));
        }
        return tasks.stream().map(t -> t.view(today(), soonDays)).toList();
    }

    /** Documents, units and codes met while assigning a batch, each looked up once. */
    private final class Lookups {
        final Map<Long, DocumentView> documents = new HashMap<>();
        final Map<Long, Set<String>> codes = new HashMap<>();
        final Map<Long, Optional<UnitView>> units = new HashMap<>();
        final Map<Long, Optional<UnitView>> carriers = new HashMap<>();

        DocumentView document(DocumentId id, String field) {
            return documents.computeIfAbsent(id.value(), k -> planning.document(id)
                    .orElseThrow(() -> RuleViolation.invalid(field, "document.unknown", id.value())));
        }

        Set<String> codes(DocumentView document) {
            return codes.computeIfAbsent(document.id().value(), d -> new HashSet<>(em.createQuery(
                    "select t.code from Task t where t.documentId = :d", String.class).setParameter("d", d).getResultList()));
        }

        UnitView unitOn(UnitId id, String field, LocalDate day) {
            UnitView unit = units.computeIfAbsent(id.value(), k -> organization.unit(id))
                    .orElseThrow(() -> RuleViolation.invalid(field, "unit.notFound", id.value()));
            if (!unit.activeOn(day)) {
                throw RuleViolation.invalid(field, "task.unit.ended", unit.displayName());
            }
            return unit;
        }

        /** Named as the document names it; carried today by whoever answers for that unit's work now. */
        UnitId carrier(UnitView unit, String field) {
            return carriers.computeIfAbsent(unit.id().value(), k -> organization.responsibleFor(unit.id(), today()).responsible())
                    .orElseThrow(() -> RuleViolation.invalid(field, "task.unit.ended", unit.displayName())).id();
        }
    }

    private Task prepare(NewTask request, Caller caller, Lookups lookups) {
        DocumentView document = lookups.document(request.document(), "documentId");
        String code = request.code().strip();
        if (!lookups.codes(document).add(code)) {
            throw RuleViolation.invalid("code", "task.code.duplicate", code, document.number());
        }
        LocalDate assignedOn = request.assignedOn() == null ? today() : request.assignedOn();
        if (assignedOn.isAfter(today()) || assignedOn.isBefore(document.issueDate())) {
            throw RuleViolation.invalid("assignedOn", "task.assignedOn.outside", document.issueDate());
        }
        UnitView named = lookups.unitOn(request.lead(), "leadUnitId", assignedOn);
        UnitId lead = lookups.carrier(named, "leadUnitId");
        Set<Long> cooperating = new LinkedHashSet<>();
        for (UnitId unit : request.cooperating()) {
            if (unit.equals(named.id())) {
                throw RuleViolation.invalid("cooperatingUnitIds", "task.cooperating.isLead");
            }
            UnitId carrier = lookups.carrier(lookups.unitOn(unit, "cooperatingUnitIds", assignedOn), "cooperatingUnitIds");
            // a cooperating unit since merged into the lead has no part of its own any more
            if (!carrier.equals(lead)) {
                cooperating.add(carrier.value());
            }
        }
        Deadline deadline = Deadlines.parse(request.deadline(), assignedOn)
                .orElseThrow(() -> RuleViolation.invalid("deadline", "task.deadline.unreadable", request.deadline()));
        if (deadline.due().isBefore(document.issueDate())) {
            throw RuleViolation.invalid("deadline", "task.deadline.beforeDocument", document.issueDate());
        }
        Set<Long> mandates = new HashSet<>();
        for (DocumentId other : request.otherMandates()) {
            mandates.add(lookups.document(other, "mandateDocumentIds").id().value());
        }
        Set<Long> targets = new HashSet<>();
        for (TargetId target : request.targets()) {
            if (!planning.targetExists(target)) {
                throw RuleViolation.invalid("targetIds", "target.notFound", target.value());
            }
            targets.add(target.value());
        }
        return new Task(document.id().value(), code, request.title().strip(), blank(request.description()),
                blank(request.expectedOutput()), request.pillar(), named.id().value(), lead.value(), List.copyOf(cooperating),
                deadline, request.priority(), mandates, targets, assignedOn, caller.email());
    }

    /** The task codes a document already has. */
    public List<String> codesOf(DocumentId document) {
        return em.createQuery("select t.code from Task t where t.documentId = :d", String.class)
                .setParameter("d", document.value()).getResultList();
    }

    public TaskView task(TaskId id, Caller caller) {
        return visible(id, caller).view(today(), soonDays);
    }

    /** The secretariat's corrections; deadline and code are not edited here (extensions move deadlines). */
    public TaskView edit(TaskId id, Caller caller, long expectedVersion, TaskChanges changes) {
        Task task = visible(id, caller);
        requireSecretariat(caller);
        requireVersion(task, expectedVersion);
        task.edit(blank(changes.title()), changes.description(), changes.expectedOutput(), changes.pillar(), changes.priority());
        Lookups lookups = new Lookups();
        Long lead = changes.lead() == null ? null : lookups.unitOn(changes.lead(), "leadUnitId", today()).id().value();
        List<Long> cooperating = changes.cooperating() == null ? null : changes.cooperating().stream()
                .map(u -> lookups.unitOn(u, "cooperatingUnitIds", today()).id().value()).toList();
        task.reassign(lead, cooperating);
        if (changes.partDeadlines() != null) {
            changes.partDeadlines().forEach((unit, due) -> task.setPartDeadline(unit.value(), due));
        }
        em.flush();
        return task.view(today(), soonDays);
    }

    public ProgressView reportProgress(TaskId id, Caller caller, LocalDate day, String text, int percent,
                                       boolean proposesCompletion) {
        Task task = visible(id, caller);
        if (!caller.unitUser() || !task.involves(caller.unit())) {
            throw RuleViolation.forbidden("task.progress.unitOnly");
        }
        LocalDate reportedOn = day == null ? today() : day;
        task.reportProgress(caller.unit(), reportedOn, percent, proposesCompletion, today());
        ProgressReport report = new ProgressReport(task.id(), caller.unit().value(), reportedOn, text.strip(),
                proposesCompletion ? 100 : percent, proposesCompletion, caller.email(), clock.instant());
        em.persist(report);
        em.flush();
        if (proposesCompletion) {
            events.fire(new CompletionProposed(id, caller.unit()));
        }
        return report.view();
    }

    public List<ProgressView> progress(TaskId id, Caller caller) {
        visible(id, caller);
        return em.createQuery("select p from ProgressReport p where p.taskId = :t order by p.reportedOn desc, p.id desc",
                ProgressReport.class).setParameter("t", id.value()).getResultList().stream().map(ProgressReport::view).toList();
    }

    public TaskView acceptCompletion(TaskId id, Caller caller, long expectedVersion) {
        Task task = decidable(id, caller, expectedVersion);
        task.acceptCompletion();
        em.flush();
        events.fire(new CompletionDecided(id, new UnitId(task.leadUnitId()), true, null));
        return task.view(today(), soonDays);
    }

    public TaskView returnCompletion(TaskId id, Caller caller, long expectedVersion, String reason) {
        Task task = decidable(id, caller, expectedVersion);
        task.returnCompletion(reason.strip());
        em.flush();
        events.fire(new CompletionDecided(id, new UnitId(task.leadUnitId()), false, reason.strip()));
        return task.view(today(), soonDays);
    }

    public ExtensionView requestExtension(TaskId id, Caller caller, LocalDate requested, String reason) {
        Task task = visible(id, caller);
        if (!caller.unitUser() || !task.ledBy(caller.unit())) {
            throw RuleViolation.forbidden("extension.leadOnly");
        }
        // the task row is locked so two requests cannot both pass the "none pending" check
        em.lock(task, LockModeType.PESSIMISTIC_WRITE);
        task.checkExtensionRequest(requested, today());
        if (!pending(task.id()).isEmpty()) {
            throw RuleViolation.conflict("requestedDueDate", "extension.alreadyPending");
        }
        ExtensionRequest extension = new ExtensionRequest(task.id(), caller.unit().value(), task.dueDate(), requested,
                reason.strip(), caller.email(), clock.instant());
        em.persist(extension);
        em.flush();
        events.fire(new ExtensionRequested(id, caller.unit(), requested));
        return extension.view();
    }

    public ExtensionView decideExtension(long extensionId, Caller caller, boolean approve, long expectedVersion, String note) {
        requireSecretariat(caller);
        ExtensionRequest extension = em.find(ExtensionRequest.class, extensionId);
        if (extension == null) {
            throw RuleViolation.notFound("extension.notFound", extensionId);
        }
        if (extension.version() != expectedVersion) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        Task task = em.find(Task.class, extension.taskId(), LockModeType.PESSIMISTIC_WRITE);
        extension.decide(approve, caller.email(), clock.instant(), note == null ? null : note.strip());
        if (approve) {
            task.extendDeadline(extension.requestedDueDate());
        }
        em.flush();
        events.fire(new ExtensionDecided(new TaskId(task.id()), new UnitId(extension.unitId()), approve, task.dueDate()));
        return extension.view();
    }

    public List<ExtensionView> extensions(TaskId id, Caller caller) {
        visible(id, caller);
        return em.createQuery("select e from ExtensionRequest e where e.taskId = :t order by e.requestedAt desc, e.id desc",
                ExtensionRequest.class).setParameter("t", id.value()).getResultList().stream().map(ExtensionRequest::view).toList();
    }

    /** The secretariat's queue of extension requests to decide. */
    public List<ExtensionView> pendingExtensions(Caller caller) {
        requireSecretariat(caller);
        return em.createQuery("select e from ExtensionRequest e where e.state = vn.chidao.tasks.ExtensionState.PENDING "
                + "order by e.requestedAt, e.id", ExtensionRequest.class).getResultList().stream().map(ExtensionRequest::view).toList();
    }

    /** The secretariat's queue of completions the units proposed, the oldest proposal first. */
    public List<TaskView> proposedCompletions(Caller caller, int limit) {
        requireSecretariat(caller);
        return em.createQuery("select t from Task t where t.state = vn.chidao.tasks.TaskState.COMPLETION_PROPOSED "
                + "order by t.proposedOn, t.id", Task.class).setMaxResults(limit).getResultList().stream()
                .map(t -> t.view(today(), soonDays)).toList();
    }

    /** How many extension requests and completion proposals wait for the secretariat. */
    public record WaitingDecisions(long extensions, long completions) {
    }

    public WaitingDecisions waitingDecisions(Caller caller) {
        requireSecretariat(caller);
        return new WaitingDecisions(
                em.createQuery("select count(e) from ExtensionRequest e where e.state = vn.chidao.tasks.ExtensionState.PENDING",
                        Long.class).getSingleResult(),
                em.createQuery("select count(t) from Task t where t.state = vn.chidao.tasks.TaskState.COMPLETION_PROPOSED",
                        Long.class).getSingleResult());
    }

    public TaskView suspend(TaskId id, Caller caller, long expectedVersion, String reason) {
        Task task = decidable(id, caller, expectedVersion);
        task.suspend(reason.strip());
        em.flush();
        return task.view(today(), soonDays);
    }

    public TaskView cancel(TaskId id, Caller caller, long expectedVersion, String reason) {
        Task task = decidable(id, caller, expectedVersion);
        task.cancel(reason.strip());
        em.flush();
        return task.view(today(), soonDays);
    }

    public TaskView resume(TaskId id, Caller caller, long expectedVersion) {
        Task task = decidable(id, caller, expectedVersion);
        task.resume();
        em.flush();
        return task.view(today(), soonDays);
    }

    /**
     * A merged unit's open tasks move to its successor in the same transaction as the merger, so
     * no moment exists in which they belong to a unit that has ended.
     */
    void on(@Observes UnitMerged merged) {
        if (!merged.effective().isAfter(today())) {
            move(merged.unit(), merged.successor());
        }
    }

    /**
     * Moves the open tasks of every unit that has ended by today to whoever carries its work now —
     * for mergers recorded ahead of their date. Safe to run any number of times.
     */
    public int applyDueMergers() {
        int moved = 0;
        for (UnitView unit : organization.units(null)) {
            if (unit.successor() != null && unit.effectiveTo() != null && unit.effectiveTo().isBefore(today())) {
                Optional<UnitView> carrier = organization.responsibleFor(unit.id(), today()).responsible();
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

    private List<Long> pending(Long taskId) {
        return em.createQuery("select e.id from ExtensionRequest e where e.taskId = :t "
                + "and e.state = vn.chidao.tasks.ExtensionState.PENDING", Long.class).setParameter("t", taskId).getResultList();
    }

    private Task decidable(TaskId id, Caller caller, long expectedVersion) {
        Task task = visible(id, caller);
        requireSecretariat(caller);
        requireVersion(task, expectedVersion);
        return task;
    }

    private Task visible(TaskId id, Caller caller) {
        Task task = em.find(Task.class, id.value());
        if (task == null || !(caller.readsEverything() || task.involves(caller.unit()))) {
            throw RuleViolation.notFound("task.notFound", id.value());
        }
        return task;
    }

    private static void requireSecretariat(Caller caller) {
        if (!caller.secretariat()) {
            throw RuleViolation.forbidden("auth.forbidden");
        }
    }

    private static void requireVersion(Task task, long expected) {
        if (task.version() != expected) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
