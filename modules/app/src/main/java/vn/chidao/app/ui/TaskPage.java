package vn.chidao.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.tasks.EvidenceView;
import vn.chidao.tasks.ExtensionState;
import vn.chidao.tasks.ExtensionView;
import vn.chidao.tasks.IssueView;
import vn.chidao.tasks.ProgressView;
import vn.chidao.tasks.TaskAction;
import vn.chidao.tasks.TaskActions;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskEvidence;
import vn.chidao.tasks.TaskExtensions;
import vn.chidao.tasks.TaskHistory;
import vn.chidao.tasks.TaskId;
import vn.chidao.tasks.TaskIssues;
import vn.chidao.tasks.TaskLifecycle;
import vn.chidao.tasks.TaskProgress;
import vn.chidao.tasks.TaskView;
import vn.chidao.tasks.TimelineEntry;

/**
 * One task: what was asked of whom and by when, its reports with their evidence, its extensions and
 * its timeline; the unit reports progress (with files), proposes completion or asks for more time,
 * the secretariat accepts or returns the completion and decides extensions. A task the viewer may
 * not see is "not found", as if it did not exist.
 */
@Named
@ViewScoped
public class TaskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskAssignment assignment;

    @Inject
    TaskExtensions taskExtensions;

    @Inject
    TaskLifecycle lifecycle;

    @Inject
    TaskProgress taskProgress;

    @Inject
    TaskIssues taskIssues;

    @Inject
    TaskEvidence evidence;

    @Inject
    TaskHistory history;

    @Inject
    Viewer viewer;

    @Inject
    Decisions decisions;

    private Long id;
    private TaskView task;
    private boolean notFound;
    private List<ProgressView> progress;
    private List<IssueView> issues;
    private Map<Long, List<EvidenceView>> files;
    private List<ExtensionView> extensions;
    private List<TimelineEntry> timeline;

    private final ProgressForm report = new ProgressForm();
    private final ExtensionForm extension = new ExtensionForm();
    private final TaskEditForm edit = new TaskEditForm();
    private String decisionNote;
    private transient Set<TaskAction> allowed;

    /** Loads the task on the first GET; "not found" with status 404 when it does not exist or is not the viewer's. */
    public void load() {
        if (id == null) {
            notFound = true;
        } else {
            try {
                task = assignment.task(new TaskId(id), viewer.caller());
                report.setPercent(task.percent());
                edit.fill(task);
            } catch (RuleViolation violation) {
                notFound = true;
            }
        }
        if (notFound) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void reload() {
        task = assignment.task(new TaskId(id), viewer.caller());
        progress = null;
        issues = null;
        files = null;
        extensions = null;
        allowed = null;
        timeline = null;
    }

    /** Why the task is at risk or off track, in words ("đã qua 80% thời gian, tiến độ báo cáo 10%"); empty otherwise. */
    public String getRiskReason() {
        TaskView task = getTask();
        if (task == null) {
            return "";
        }
        return task.risk().reason(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public TaskView getTask() {
        return task;
    }

    public boolean isNotFound() {
        return notFound;
    }

    /** What the viewer may do on this task now: the same answer the server gives ({@link TaskActions}). */
    private Set<TaskAction> allowed() {
        if (allowed == null) {
            allowed = task == null ? Set.of() : TaskActions.allowed(task, viewer.caller(),
                    getExtensions().stream().anyMatch(e -> e.state() == ExtensionState.PENDING));
        }
        return allowed;
    }

    /** The window's title: which task, in words ("Nhiệm vụ 19: Nâng cao tỷ lệ hồ sơ…", cut at 80 characters). */
    public String getPageTitle() {
        TaskView shown = getTask();
        if (shown == null) {
            return "";
        }
        String title = shown.title().length() > 80 ? shown.title().substring(0, 79) + "…" : shown.title();
        return Feedback.text("task.pageTitle", shown.code() == null ? "" : shown.code(), title);
    }

    /** Whether the viewer belongs to the task's lead unit (which alone reports disbursement). */
    public boolean isLead() {
        return task != null && task.leadUnit().equals(viewer.caller().unit());
    }

    public boolean isMayReport() {
        return allowed().contains(TaskAction.REPORT_PROGRESS);
    }

    public boolean isMayProposeCompletion() {
        return allowed().contains(TaskAction.PROPOSE_COMPLETION);
    }

    /** Only the lead unit asks for a later deadline, and only one request at a time. */
    public boolean isMayRequestExtension() {
        return allowed().contains(TaskAction.REQUEST_EXTENSION);
    }

    public boolean isMayDecideCompletion() {
        return allowed().contains(TaskAction.DECIDE_COMPLETION);
    }

    /**
     * The secretariat's corrections, against the version the page was opened with: when someone
     * changed the task meanwhile, nothing is saved — the page shows the task as it is now and keeps
     * what was typed, to be checked and saved again.
     */
    public String save() {
        try {
            assignment.edit(task.id(), viewer.caller(), task.version(), edit.changes());
            Feedback.done("task.saved");
            return again();
        } catch (RuleViolation violation) {
            return conflict(violation);
        }
    }

    /** Whether the viewer may do {@code action} on this task now, for the panels around the page. */
    boolean allows(TaskAction action) {
        return allowed().contains(action);
    }

    public boolean isMayEdit() {
        return allowed().contains(TaskAction.EDIT);
    }

    /** The secretariat stops a task for a while, drops it, or starts it again. */
    public boolean isMaySuspend() {
        return allowed().contains(TaskAction.SUSPEND);
    }

    public boolean isMayCancel() {
        return allowed().contains(TaskAction.CANCEL);
    }

    public boolean isMayResume() {
        return allowed().contains(TaskAction.RESUME);
    }

    public boolean isMayChangeState() {
        return isMaySuspend() || isMayCancel() || isMayResume();
    }

    public String suspend() {
        return stateChange(() -> lifecycle.suspend(task.id(), viewer.caller(), task.version(), decisionNote), "task.suspended");
    }

    public String cancel() {
        return stateChange(() -> lifecycle.cancel(task.id(), viewer.caller(), task.version(), decisionNote), "task.cancelled");
    }

    public String resume() {
        try {
            lifecycle.resume(task.id(), viewer.caller(), task.version());
            Feedback.done("task.resumed");
            return again();
        } catch (RuleViolation violation) {
            return conflict(violation);
        }
    }

    private String stateChange(Runnable change, String done) {
        if (decisionNote == null || decisionNote.isBlank()) {
            Feedback.error("task.decision.reasonRequired");
            return null;
        }
        try {
            change.run();
            Feedback.done(done);
            return again();
        } catch (RuleViolation violation) {
            return conflict(violation);
        }
    }

    public boolean isSecretariat() {
        return viewer.isSecretariat();
    }

    /** The obstacles and recommendations raised about this task, and where each stands. */
    public List<IssueView> getIssues() {
        if (issues == null) {
            issues = task == null ? List.of() : taskIssues.list(viewer.caller(), null, false, task.id());
        }
        return issues;
    }

    public List<ProgressView> getProgress() {
        if (progress == null) {
            progress = task == null ? List.of() : taskProgress.progress(task.id(), viewer.caller());
        }
        return progress;
    }

    /** Evidence files by the report they came with. */
    public Map<Long, List<EvidenceView>> getEvidence() {
        if (files == null) {
            files = task == null ? Map.of() : evidence.evidence(task.id(), viewer.caller()).stream()
                    .collect(Collectors.groupingBy(EvidenceView::progress));
        }
        return files;
    }

    public List<ExtensionView> getExtensions() {
        if (extensions == null) {
            extensions = task == null ? List.of() : taskExtensions.extensions(task.id(), viewer.caller());
        }
        return extensions;
    }

    public List<TimelineEntry> getTimeline() {
        if (timeline == null) {
            timeline = task == null ? List.of() : history.timeline(task.id(), viewer.caller(),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return timeline;
    }

    public long getMaxFileMegabytes() {
        return evidence.maxBytes() / (1024 * 1024);
    }

    /** A report and its file are kept together or not at all. */
    public String sendReport() {
        if (report.getText() == null || report.getText().isBlank()) {
            Feedback.error("task.progress.textRequired");
            return null;
        }
        boolean withFile = report.hasFile();
        try (InputStream content = withFile ? report.getFile().getInputStream() : null) {
            evidence.reportWithEvidence(task.id(), viewer.caller(), report.getText(), report.percentOr(task.percent()),
                    report.isProposeCompletion(), ProgressForm.lines(report.getObstacles()), ProgressForm.lines(report.getRecommendations()),
                    report.disbursed(), withFile ? report.getFile().getFileName() : null, content);
            Feedback.done(report.isProposeCompletion() ? "task.completion.proposed" : "task.progress.saved");
            return again();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String requestExtension() {
        if (!extension.complete()) {
            Feedback.error("task.extension.fieldsRequired");
            return null;
        }
        try {
            taskExtensions.requestExtension(task.id(), viewer.caller(), extension.getDate(), extension.getReason());
            Feedback.done("task.extension.requested");
            return again();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        }
    }

    public String accept() {
        return decided(decisions.accept(task));
    }

    public String giveBack() {
        return decided(decisions.giveBack(task, decisionNote));
    }

    public String decide(ExtensionView request, boolean approve) {
        return decided(decisions.extension(request, approve, decisionNote));
    }

    /** After a decision, the task again; when it was not recorded, the task as it is now, with the reason shown. */
    private String decided(boolean recorded) {
        if (recorded) {
            return again();
        }
        reload();
        return null;
    }

    /** Someone else changed the task meanwhile: say so and show it as it is now, rather than overwrite their change. */
    private String conflict(RuleViolation violation) {
        Feedback.problems(violation);
        if (violation.kind() == RuleViolation.Kind.CONFLICT) {
            reload();
        }
        return null;
    }

    private String again() {
        return "task?faces-redirect=true&id=" + id;
    }

    public ProgressForm getReport() {
        return report;
    }

    public ExtensionForm getExtension() {
        return extension;
    }

    public TaskEditForm getEdit() {
        return edit;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }
}
