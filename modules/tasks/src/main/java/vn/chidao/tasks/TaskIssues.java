package vn.chidao.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.tasks.domain.Task;
import vn.chidao.tasks.domain.TaskIssue;

/**
 * Obstacles and recommendations raised in progress reports, followed one by one: the secretariat sees the open ones by
 * unit and age, takes one up, and records the committee's answer (or a committee member answers), which reaches the unit;
 * a unit sees its own.
 */
@ApplicationScoped
@Transactional
public class TaskIssues {

    /** At most this many of each kind in one report: a report, not a backlog. */
    static final int MAX_PER_REPORT = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAccess access;

    @Inject
    Event<IssueAnswered> answered;

    /** The items of a report, one per non-blank entry, checked before anything is written (the report's own transaction). */
    static List<String> checked(String field, List<String> items) {
        if (items == null) {
            return List.of();
        }
        List<String> kept = items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        if (kept.size() > MAX_PER_REPORT) {
            throw RuleViolation.invalid(field, "issue.tooMany", MAX_PER_REPORT);
        }
        if (kept.stream().anyMatch(i -> i.length() > TaskIssue.MAX_TEXT)) {
            throw RuleViolation.invalid(field, "issue.text.size", TaskIssue.MAX_TEXT);
        }
        return kept;
    }

    /** Raised on the report's day (a report may be dated earlier than today). */
    void raise(Task task, long progressId, LocalDate reportedOn, Caller caller, IssueKind kind, List<String> items) {
        for (String text : items) {
            em.persist(new TaskIssue(task.id(), progressId, caller.unit().value(), kind, text, caller.email(), access.now(),
                    reportedOn));
        }
    }

    /**
     * The items the caller may see, oldest first: province readers every unit's (or {@code unit}'s), a unit its own;
     * {@code open} keeps those still raised or being handled; {@code task} one task's.
     */
    public List<IssueView> list(Caller caller, UnitId unit, boolean open, TaskId task) {
        return list(caller, unit, open, task, null);
    }

    /** The same, narrowed to one document's tasks when {@code document} is given (a briefing about one plan). */
    public List<IssueView> list(Caller caller, UnitId unit, boolean open, TaskId task, DocumentId document) {
        return list(caller, unit, open, task, document, null);
    }

    /**
     * The items answered (answered, resolved or forwarded) after {@code since}, oldest answer first: what the committee
     * answered since its last briefing; for one document's tasks when {@code document} is given.
     */
    public List<IssueView> answeredSince(Caller caller, DocumentId document, Instant since) {
        return list(caller, null, false, null, document, since).stream()
                .sorted(java.util.Comparator.comparing(IssueView::answeredAt).thenComparingLong(IssueView::id)).toList();
    }

    private List<IssueView> list(Caller caller, UnitId unit, boolean open, TaskId task, DocumentId document, Instant answeredSince) {
        UnitId scope = unit;
        if (!caller.readsEverything()) {
            if (caller.unit() == null || unit != null && !unit.equals(caller.unit())) {
                return List.of();
            }
            scope = caller.unit();
        }
        if (task != null) {
            access.visible(task, caller);
        }
        StringBuilder jpql = new StringBuilder("select i from TaskIssue i where 1 = 1");
        if (document != null) {
            jpql.append(" and i.taskId in (select t.id from Task t where t.documentId = :document)");
        }
        if (scope != null) {
            jpql.append(" and i.unitId = :unit");
        }
        if (open) {
            jpql.append(" and i.state in :open");
        }
        if (task != null) {
            jpql.append(" and i.taskId = :task");
        }
        if (answeredSince != null) {
            jpql.append(" and i.answeredAt > :since");
        }
        jpql.append(" order by i.raisedOn, i.id");
        TypedQuery<TaskIssue> query = em.createQuery(jpql.toString(), TaskIssue.class);
        if (scope != null) {
            query.setParameter("unit", scope.value());
        }
        if (open) {
            query.setParameter("open", List.of(IssueState.RAISED, IssueState.IN_HANDLING));
        }
        if (task != null) {
            query.setParameter("task", task.value());
        }
        if (document != null) {
            query.setParameter("document", document.value());
        }
        if (answeredSince != null) {
            query.setParameter("since", answeredSince);
        }
        List<TaskIssue> issues = query.setMaxResults(2000).getResultList();
        List<Long> taskIds = issues.stream().map(TaskIssue::taskId).distinct().toList();
        Map<Long, Task> tasks = taskIds.isEmpty() ? Map.of() : em.createQuery("select t from Task t where t.id in :ids", Task.class)
                .setParameter("ids", taskIds).getResultStream().collect(Collectors.toMap(Task::id, Function.identity()));
        List<IssueView> views = new ArrayList<>();
        for (TaskIssue issue : issues) {
            Task t = tasks.get(issue.taskId());
            views.add(issue.view(t.code(), t.title(), access.today(), access.zone()));
        }
        return views;
    }

    /** Taken up by someone (named): being handled. The secretariat and committee members. */
    public IssueView handle(long id, Caller caller, long expectedVersion, String handler) {
        TaskIssue issue = answerable(id, caller, expectedVersion);
        issue.handledBy(handler);
        em.flush();
        return view(issue);
    }

    /** Answered, resolved or forwarded, with the answer's text: closed, and the unit that raised it hears so. */
    public IssueView answer(long id, Caller caller, long expectedVersion, IssueState state, String answer) {
        TaskIssue issue = answerable(id, caller, expectedVersion);
        issue.answer(state, answer, caller.email(), access.now());
        em.flush();
        answered.fire(new IssueAnswered(new TaskId(issue.taskId()), new UnitId(issue.unitId()), issue.id()));
        return view(issue);
    }

    /** One item, for the notices about it (no caller: the notifier writes to the unit that raised it). */
    public IssueView one(long id) {
        TaskIssue issue = em.find(TaskIssue.class, id);
        if (issue == null) {
            throw RuleViolation.notFound("issue.notFound", id);
        }
        return view(issue);
    }

    private TaskIssue answerable(long id, Caller caller, long expectedVersion) {
        if (!caller.secretariat() && !caller.roles().contains(Role.COMMITTEE_MEMBER)) {
            throw RuleViolation.forbidden("issue.answerForbidden");
        }
        TaskIssue issue = em.find(TaskIssue.class, id);
        if (issue == null) {
            throw RuleViolation.notFound("issue.notFound", id);
        }
        if (issue.version() != expectedVersion) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        return issue;
    }

    private IssueView view(TaskIssue issue) {
        Task task = em.find(Task.class, issue.taskId());
        return issue.view(task.code(), task.title(), access.today(), access.zone());
    }
}
