package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.tasks.ExtensionView;
import vn.chidao.tasks.IssueState;
import vn.chidao.tasks.IssueView;
import vn.chidao.tasks.SecretariatQueue;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskId;
import vn.chidao.tasks.TaskIssues;
import vn.chidao.tasks.TaskView;

/**
 * The secretariat's queue: extension requests and completion proposals waiting for a decision,
 * oldest first, decided from the list (a refusal or a return needs its reason).
 */
@Named
@ViewScoped
public class DecisionQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int LIMIT = 500;

    @Inject
    TaskAssignment assignment;

    @Inject
    SecretariatQueue secretariatQueue;

    @Inject
    Viewer viewer;

    @Inject
    Decisions decisions;

    @Inject
    TaskIssues taskIssues;

    private List<ExtensionView> extensions;
    private List<TaskView> completions;
    private List<IssueView> issues;
    private final Map<Long, TaskView> tasks = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    public List<ExtensionView> getExtensions() {
        if (extensions == null) {
            extensions = secretariatQueue.pendingExtensions(viewer.caller());
        }
        return extensions;
    }

    public List<TaskView> getCompletions() {
        if (completions == null) {
            completions = secretariatQueue.proposedCompletions(viewer.caller(), LIMIT);
        }
        return completions;
    }

    /** The obstacles and recommendations not yet answered, oldest first, every unit's. */
    public List<IssueView> getIssues() {
        if (issues == null) {
            issues = taskIssues.list(viewer.caller(), null, true, null);
        }
        return issues;
    }

    /** The answer written beside the row ("i56") closes the item as {@code state}; the unit hears it. */
    public void answer(IssueView issue, IssueState state) {
        try {
            taskIssues.answer(issue.id(), viewer.caller(), issue.version(), state, notes.get("i" + issue.id()));
            Feedback.done("queue.issue.answered.done");
            refresh();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public TaskView task(ExtensionView extension) {
        return tasks.computeIfAbsent(extension.task().value(), id -> assignment.task(new TaskId(id), viewer.caller()));
    }

    /** What the secretariat wrote beside a row ("e12", "t34"): the reason for a refusal or a return, or a note. */
    public Map<String, String> getNotes() {
        return notes;
    }

    public void decide(ExtensionView extension, boolean approve) {
        if (decisions.extension(extension, approve, notes.get("e" + extension.id()))) {
            refresh();
        }
    }

    public void accept(TaskView task) {
        decisions.accept(task);
        refresh();
    }

    public void giveBack(TaskView task) {
        if (decisions.giveBack(task, notes.get("t" + task.id().value()))) {
            refresh();
        }
    }

    private void refresh() {
        extensions = null;
        completions = null;
        issues = null;
        tasks.clear();
        notes.clear();
    }
}
