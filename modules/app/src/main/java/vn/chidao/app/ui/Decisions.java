package vn.chidao.app.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.tasks.ExtensionView;
import vn.chidao.tasks.TaskExtensions;
import vn.chidao.tasks.TaskProgress;
import vn.chidao.tasks.TaskView;

/**
 * The secretariat's decisions on extensions and completions, taken the same way from the task page
 * and from the queue: a refusal or a return needs its reason; the page says what happened or why not.
 * Each returns whether the decision was recorded.
 */
@RequestScoped
class Decisions {

    @Inject
    TaskExtensions taskExtensions;

    @Inject
    TaskProgress taskProgress;

    @Inject
    Viewer viewer;

    boolean extension(ExtensionView extension, boolean approve, String note) {
        if (!approve && blank(note)) {
            return false;
        }
        return recorded(() -> taskExtensions.decideExtension(extension.id(), viewer.caller(), approve, extension.version(), note),
                approve ? "task.extension.approved" : "task.extension.rejected");
    }

    boolean accept(TaskView task) {
        return recorded(() -> taskProgress.acceptCompletion(task.id(), viewer.caller(), task.version()), "task.completion.accepted");
    }

    boolean giveBack(TaskView task, String reason) {
        if (blank(reason)) {
            return false;
        }
        return recorded(() -> taskProgress.returnCompletion(task.id(), viewer.caller(), task.version(), reason),
                "task.completion.returned");
    }

    private static boolean blank(String reason) {
        if (reason == null || reason.isBlank()) {
            Feedback.error("task.decision.reasonRequired");
            return true;
        }
        return false;
    }

    private static boolean recorded(Runnable decision, String doneKey) {
        try {
            decision.run();
            Feedback.done(doneKey);
            return true;
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return false;
        }
    }
}
