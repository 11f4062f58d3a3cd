package vn.chidao.tasks;

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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitView;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.Planning;
import vn.chidao.plan.TargetId;
import vn.chidao.tasks.domain.Deadlines;
import vn.chidao.tasks.domain.Task;

/**
 * Assignment: the secretariat gives tasks to units (one or a batch, all or none) and corrects them; anyone
 * reads a task they may see. Progress, extensions, the secretariat's queue and suspension have their own
 * classes ({@link TaskProgress}, {@link TaskExtensions}, {@link SecretariatQueue}, {@link TaskLifecycle});
 * who may do what is {@link TaskActions}'.
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
    TaskAccess access;

    @Inject
    Event<Object> events;

    /** Today in the province: the day every deadline and status class is judged on. */
    public LocalDate today() {
        return access.today();
    }

    /** How many days before its deadline a task counts as due soon. */
    public int soonDays() {
        return access.soonDays();
    }

    public TaskView assign(NewTask request, Caller caller) {
        return assignAll(List.of(request), caller).get(0);
    }

    /** Assigns several tasks in one transaction — all of them or, at the first refusal, none. */
    public List<TaskView> assignAll(List<NewTask> requests, Caller caller) {
        TaskAccess.requireSecretariat(caller);
        Lookups lookups = new Lookups();
        List<Task> tasks = new ArrayList<>();
        for (NewTask request : requests) {
            tasks.add(prepare(request, caller, lookups));
        }
        tasks.forEach(em::persist);
        tasks.forEach(task -> task.openPeriods(today()));
        em.flush();
        for (Task task : tasks) {
            events.fire(new TaskAssigned(new TaskId(task.id()), new UnitId(task.leadUnitId()),
                    task.cooperatingUnits().stream().map(UnitId::new).toList(), task.dueDate()));
        }
        return tasks.stream().map(access::view).toList();
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
        LocalDate owingFrom = request.owingFrom() == null ? today() : request.owingFrom();
        if (owingFrom.isBefore(document.issueDate())) {
            throw RuleViolation.invalid("owingFrom", "task.owingFrom.beforeDocument", document.issueDate());
        }
        Deadline deadline = Deadlines.parse(request.deadline(), owingFrom)
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
        return access.view(access.visible(id, caller));
    }

    /** What the caller may do on the task now ({@link TaskActions}); the pages offer exactly these. */
    public Set<TaskAction> allowedActions(TaskId id, Caller caller) {
        Task task = access.visible(id, caller);
        return TaskActions.allowed(caller, task.state(), access.view(task).deadline(), new UnitId(task.leadUnitId()),
                task.cooperatingUnits().stream().map(UnitId::new).toList(), access.extensionPending(task.id()));
    }

    /** The secretariat's corrections; deadline and code are not edited here (extensions move deadlines). */
    public TaskView edit(TaskId id, Caller caller, long expectedVersion, TaskChanges changes) {
        Task task = access.changeable(id, caller, TaskAction.EDIT, expectedVersion);
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
        return access.view(task);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
