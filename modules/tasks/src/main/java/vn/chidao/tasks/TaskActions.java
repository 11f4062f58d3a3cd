package vn.chidao.tasks;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import vn.chidao.organization.Caller;
import vn.chidao.organization.UnitId;

/**
 * Who may do what on a task, answered in one place for the services (which refuse the rest), the REST API
 * ({@code GET /api/tasks/{id}/actions}) and the pages (which offer only what is allowed). Two questions: is
 * the caller <em>entitled</em> to the action at all (refused with 403 otherwise), and does the task's state
 * make it <em>possible</em> now (the task itself refuses the rest with 409; {@code TaskActionsTest} checks
 * that the two agree on every state). Seeing the task at all is {@code Visibility}'s question, asked first.
 */
public final class TaskActions {

    private TaskActions() {
    }

    public static Set<TaskAction> allowed(TaskView task, Caller caller, boolean extensionPending) {
        return allowed(caller, task.state(), task.deadline(), task.leadUnit(),
                task.cooperation().stream().map(CooperationView::unit).toList(), extensionPending);
    }

    public static Set<TaskAction> allowed(Caller caller, TaskState state, Deadline deadline, UnitId lead,
                                          Collection<UnitId> cooperating, boolean extensionPending) {
        Set<TaskAction> allowed = EnumSet.noneOf(TaskAction.class);
        for (TaskAction action : TaskAction.values()) {
            if (entitled(action, caller, lead, cooperating) && possible(action, state, deadline, extensionPending)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Whether the caller may ask for {@code action} on a task led by {@code lead} with these cooperating units. */
    public static boolean entitled(TaskAction action, Caller caller, UnitId lead, Collection<UnitId> cooperating) {
        boolean leads = caller.unitUser() && caller.unit().equals(lead);
        return switch (action) {
            case REPORT_PROGRESS -> leads || caller.unitUser() && cooperating.contains(caller.unit());
            case PROPOSE_COMPLETION, REQUEST_EXTENSION -> leads;
            case EDIT, DECIDE_COMPLETION, DECIDE_EXTENSION, SUSPEND, CANCEL, RESUME, CORRECT_DEADLINE, WAIVE_PERIOD ->
                    caller.secretariat();
        };
    }

    /**
     * Whether a task in {@code state} with this deadline (and with or without an extension request waiting) lets
     * {@code action} happen now. An ongoing duty, or a recurring one without an end, is never completed; a periodic
     * task's periods are not extended (a period is reported late or waived).
     */
    public static boolean possible(TaskAction action, TaskState state, Deadline deadline, boolean extensionPending) {
        boolean finished = state == TaskState.ACCEPTED || state == TaskState.CANCELLED;
        boolean periodic = deadline.kind().periodic();
        boolean reporting = state == TaskState.ASSIGNED || state == TaskState.IN_PROGRESS;
        return switch (action) {
            case EDIT -> true;
            case REPORT_PROGRESS -> reporting;
            case PROPOSE_COMPLETION -> reporting && (!periodic || deadline.kind() == DeadlineKind.RECURRING && deadline.until() != null);
            case REQUEST_EXTENSION -> !finished && !extensionPending && !periodic;
            case CORRECT_DEADLINE -> !finished;
            case WAIVE_PERIOD -> !finished && periodic;
            case DECIDE_COMPLETION -> state == TaskState.COMPLETION_PROPOSED;
            case DECIDE_EXTENSION -> extensionPending;
            case SUSPEND -> state.open();
            case CANCEL -> !finished;
            case RESUME -> state == TaskState.SUSPENDED;
        };
    }
}
