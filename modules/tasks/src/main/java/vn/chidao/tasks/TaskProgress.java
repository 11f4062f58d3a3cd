package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.organization.UnitId;
import vn.chidao.tasks.domain.ProgressReport;
import vn.chidao.tasks.domain.Task;

/**
 * Progress and completion: a unit reports on its own part of a task (the lead unit may report it done and
 * propose completion); the secretariat accepts the completion or returns it with a reason.
 */
@ApplicationScoped
@Transactional
public class TaskProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAccess access;

    @Inject
    TaskIssues issues;

    @Inject
    Funding funding;

    @Inject
    Event<Object> events;

    public ProgressView reportProgress(TaskId id, Caller caller, LocalDate day, String text, int percent,
                                       boolean proposesCompletion) {
        return reportProgress(id, caller, day, text, percent, proposesCompletion, List.of(), List.of());
    }

    /** A progress report with the obstacles and recommendations it raises, each then followed on its own. */
    public ProgressView reportProgress(TaskId id, Caller caller, LocalDate day, String text, int percent,
                                       boolean proposesCompletion, List<String> obstacles, List<String> recommendations) {
        return reportProgress(id, caller, day, text, percent, proposesCompletion, obstacles, recommendations, List.of());
    }

    /**
     * A progress report with its obstacles and recommendations and, from the lead unit, what it disbursed since its
     * previous report by source (giải ngân); all of it is checked before anything is written.
     */
    public ProgressView reportProgress(TaskId id, Caller caller, LocalDate day, String text, int percent,
                                       boolean proposesCompletion, List<String> obstacles, List<String> recommendations,
                                       List<Disbursed> disbursed) {
        List<Disbursed> disbursedLines = funding.checked(disbursed);
        List<String> obstacleItems = TaskIssues.checked("obstacles", obstacles);
        List<String> recommendationItems = TaskIssues.checked("recommendations", recommendations);
        Task task = access.visible(id, caller);
        access.require(task, caller, TaskAction.REPORT_PROGRESS, "task.progress.unitOnly");
        if (!disbursedLines.isEmpty() && !task.leadUnitId().equals(caller.unit().value())) {
            throw RuleViolation.invalid("disbursements", "funding.disbursement.leadOnly");
        }
        LocalDate today = access.today();
        LocalDate reportedOn = day == null ? today : day;
        TaskState before = task.state();
        task.reportProgress(caller.unit(), reportedOn, percent, proposesCompletion, today);
        // the report of a periodic part's last period proposes its completion by itself
        boolean proposes = proposesCompletion || before != TaskState.COMPLETION_PROPOSED && task.state() == TaskState.COMPLETION_PROPOSED;
        ProgressReport report = new ProgressReport(task.id(), caller.unit().value(), reportedOn, text.strip(),
                proposes ? 100 : percent, proposes, caller.email(), access.now());
        em.persist(report);
        em.flush();
        issues.raise(task, report.view().id(), reportedOn, caller, IssueKind.OBSTACLE, obstacleItems);
        issues.raise(task, report.view().id(), reportedOn, caller, IssueKind.RECOMMENDATION, recommendationItems);
        funding.disburse(task, report.view().id(), caller.unit(), reportedOn, disbursedLines, caller);
        if (proposes) {
            events.fire(new CompletionProposed(id, caller.unit()));
        }
        return report.view();
    }

    public List<ProgressView> progress(TaskId id, Caller caller) {
        access.visible(id, caller);
        return em.createQuery("select p from ProgressReport p where p.taskId = :t order by p.reportedOn desc, p.id desc",
                ProgressReport.class).setParameter("t", id.value()).getResultList().stream().map(ProgressReport::view).toList();
    }

    public TaskView acceptCompletion(TaskId id, Caller caller, long expectedVersion) {
        Task task = access.changeable(id, caller, TaskAction.DECIDE_COMPLETION, expectedVersion);
        task.acceptCompletion();
        em.flush();
        events.fire(new CompletionDecided(id, new UnitId(task.leadUnitId()), true, null));
        return access.view(task);
    }

    public TaskView returnCompletion(TaskId id, Caller caller, long expectedVersion, String reason) {
        Task task = access.changeable(id, caller, TaskAction.DECIDE_COMPLETION, expectedVersion);
        task.returnCompletion(reason.strip());
        em.flush();
        events.fire(new CompletionDecided(id, new UnitId(task.leadUnitId()), false, reason.strip()));
        return access.view(task);
    }
}
