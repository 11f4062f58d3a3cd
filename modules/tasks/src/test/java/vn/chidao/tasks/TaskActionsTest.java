package vn.chidao.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.Pillar;
import vn.chidao.tasks.domain.Deadlines;
import vn.chidao.tasks.domain.Task;

/**
 * "Who may do what" is answered by {@link TaskActions}; the state part of the answer must be the task's own:
 * for every state a task can be in, an action is possible exactly when the task accepts it.
 */
class TaskActionsTest {

    private static final UnitId LEAD = new UnitId(7);
    private static final UnitId PARTNER = new UnitId(33);
    private static final LocalDate ASSIGNED = LocalDate.of(2025, 1, 2);
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    @Test
    void whatIsPossibleInEachStateIsWhatTheTaskAccepts() {
        for (TaskState state : TaskState.values()) {
            assertAgrees(TaskAction.REPORT_PROGRESS, state, t -> t.reportProgress(PARTNER, TODAY, 10, false, TODAY));
            assertAgrees(TaskAction.PROPOSE_COMPLETION, state, t -> t.reportProgress(LEAD, TODAY, 100, true, TODAY));
            assertAgrees(TaskAction.REQUEST_EXTENSION, state, t -> t.checkExtensionRequest(LocalDate.of(2026, 12, 31), TODAY));
            assertAgrees(TaskAction.DECIDE_COMPLETION, state, Task::acceptCompletion);
            assertAgrees(TaskAction.DECIDE_COMPLETION, state, t -> t.returnCompletion("Chưa đủ hồ sơ"));
            assertAgrees(TaskAction.SUSPEND, state, t -> t.suspend("Chờ kinh phí"));
            assertAgrees(TaskAction.CANCEL, state, t -> t.cancel("Không còn phù hợp"));
            assertAgrees(TaskAction.RESUME, state, Task::resume);
            assertAgrees(TaskAction.EDIT, state, t -> t.edit("Tên mới", null, null, null, null));
        }
    }

    @Test
    void eachPersonIsOfferedOnlyTheirOwnActions() {
        Caller lead = new Caller("giamdoc@lead", LEAD, Set.of(Role.UNIT_HEAD));
        Caller partner = new Caller("chuyenvien@partner", PARTNER, Set.of(Role.UNIT_OFFICER));
        Caller stranger = new Caller("giamdoc@other", new UnitId(99), Set.of(Role.UNIT_HEAD));
        Caller member = new Caller("thanhvien@bcd", LEAD, Set.of(Role.COMMITTEE_MEMBER));
        Caller secretariat = new Caller("thuongtruc@bcd", null, Set.of(Role.SECRETARIAT));

        assertThat(allowed(lead, TaskState.IN_PROGRESS, false))
                .containsExactlyInAnyOrder(TaskAction.REPORT_PROGRESS, TaskAction.PROPOSE_COMPLETION, TaskAction.REQUEST_EXTENSION);
        assertThat(allowed(lead, TaskState.IN_PROGRESS, true)).doesNotContain(TaskAction.REQUEST_EXTENSION);
        assertThat(allowed(partner, TaskState.IN_PROGRESS, false)).containsExactly(TaskAction.REPORT_PROGRESS);
        assertThat(allowed(stranger, TaskState.IN_PROGRESS, false)).isEmpty();
        assertThat(allowed(member, TaskState.IN_PROGRESS, false)).as("the committee reads and changes nothing").isEmpty();
        assertThat(allowed(secretariat, TaskState.COMPLETION_PROPOSED, true)).containsExactlyInAnyOrder(TaskAction.EDIT,
                TaskAction.DECIDE_COMPLETION, TaskAction.DECIDE_EXTENSION, TaskAction.SUSPEND, TaskAction.CANCEL);
        assertThat(allowed(secretariat, TaskState.SUSPENDED, false))
                .containsExactlyInAnyOrder(TaskAction.EDIT, TaskAction.CANCEL, TaskAction.RESUME);
        assertThat(allowed(Caller.system(), TaskState.ACCEPTED, false)).containsExactly(TaskAction.EDIT);
    }

    private static Set<TaskAction> allowed(Caller caller, TaskState state, boolean extensionPending) {
        return TaskActions.allowed(caller, state, LEAD, List.of(PARTNER), extensionPending);
    }

    private static void assertAgrees(TaskAction action, TaskState state, Consumer<Task> attempt) {
        Task task = inState(state);
        boolean accepted;
        try {
            attempt.accept(task);
            accepted = true;
        } catch (RuleViolation refused) {
            accepted = refused.kind() != RuleViolation.Kind.CONFLICT;
        }
        assertThat(TaskActions.possible(action, state, false)).as(action + " on a task " + state).isEqualTo(accepted);
    }

    /** A task brought into {@code state} the way the product brings one there. */
    private static Task inState(TaskState state) {
        Task task = new Task(4L, "1", "Thúc đẩy chuyển đổi số doanh nghiệp nhỏ và vừa", null, null, Pillar.DIGITAL_ECONOMY,
                LEAD.value(), LEAD.value(), List.of(PARTNER.value()), Deadlines.parse("31/12/2025", ASSIGNED).orElseThrow(),
                Priority.NORMAL, Set.of(), Set.of(), ASSIGNED, "thuongtruc@chidao.local");
        switch (state) {
            case ASSIGNED -> { }
            case IN_PROGRESS -> task.reportProgress(LEAD, TODAY, 30, false, TODAY);
            case COMPLETION_PROPOSED -> task.reportProgress(LEAD, TODAY, 100, true, TODAY);
            case ACCEPTED -> {
                task.reportProgress(LEAD, TODAY, 100, true, TODAY);
                task.acceptCompletion();
            }
            case SUSPENDED -> task.suspend("Tạm dừng");
            case CANCELLED -> task.cancel("Dừng");
        }
        assertThat(task.state()).isEqualTo(state);
        return task;
    }
}
