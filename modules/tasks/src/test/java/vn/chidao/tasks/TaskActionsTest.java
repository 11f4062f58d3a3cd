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
        for (String deadline : List.of("31/12/2025", "Quý IV/2025", "hằng quý", "thường xuyên", "hằng năm, đến 2026")) {
            for (TaskState state : TaskState.values()) {
                Task sample = inState(state, deadline);
                if (sample == null) {
                    continue;
                }
                assertAgrees(TaskAction.REPORT_PROGRESS, state, deadline, t -> t.reportProgress(PARTNER, TODAY, 10, false, TODAY));
                assertAgrees(TaskAction.PROPOSE_COMPLETION, state, deadline, t -> t.reportProgress(LEAD, TODAY, 100, true, TODAY));
                assertAgrees(TaskAction.REQUEST_EXTENSION, state, deadline,
                        t -> t.checkExtensionRequest(LocalDate.of(2026, 12, 31), TODAY));
                assertAgrees(TaskAction.DECIDE_COMPLETION, state, deadline, Task::acceptCompletion);
                assertAgrees(TaskAction.DECIDE_COMPLETION, state, deadline, t -> t.returnCompletion("Chưa đủ hồ sơ"));
                assertAgrees(TaskAction.SUSPEND, state, deadline, t -> t.suspend("Chờ kinh phí"));
                assertAgrees(TaskAction.CANCEL, state, deadline, t -> t.cancel("Không còn phù hợp"));
                assertAgrees(TaskAction.RESUME, state, deadline, Task::resume);
                assertAgrees(TaskAction.EDIT, state, deadline, t -> t.edit("Tên mới", null, null, null, null));
                assertAgrees(TaskAction.CORRECT_DEADLINE, state, deadline, t -> t.correctDeadline(
                        Deadlines.parse("hằng tháng", TODAY).orElseThrow(), "Báo cáo tháng", List.of(), TODAY));
                assertAgrees(TaskAction.WAIVE_PERIOD, state, deadline, t -> {
                    t.openPeriods(LocalDate.of(2025, 5, 1));
                    t.waivePeriod(LocalDate.of(2025, 4, 1), "Nghỉ lễ", "thuongtruc@bcd", java.time.Instant.EPOCH);
                });
            }
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
                TaskAction.DECIDE_COMPLETION, TaskAction.DECIDE_EXTENSION, TaskAction.SUSPEND, TaskAction.CANCEL,
                TaskAction.CORRECT_DEADLINE);
        assertThat(allowed(secretariat, TaskState.SUSPENDED, false))
                .containsExactlyInAnyOrder(TaskAction.EDIT, TaskAction.CANCEL, TaskAction.RESUME, TaskAction.CORRECT_DEADLINE);
        assertThat(TaskActions.allowed(secretariat, TaskState.IN_PROGRESS, new Deadline(DeadlineKind.ONGOING,
                LocalDate.of(2025, 3, 31), "thường xuyên", Recurrence.QUARTERLY), LEAD, List.of(), false))
                .contains(TaskAction.WAIVE_PERIOD, TaskAction.CORRECT_DEADLINE);
        assertThat(TaskActions.allowed(lead, TaskState.IN_PROGRESS, new Deadline(DeadlineKind.ONGOING,
                LocalDate.of(2025, 3, 31), "thường xuyên", Recurrence.QUARTERLY), LEAD, List.of(), false))
                .as("an ongoing duty is reported on, never completed or extended").containsExactly(TaskAction.REPORT_PROGRESS);
        assertThat(allowed(Caller.system(), TaskState.ACCEPTED, false)).containsExactly(TaskAction.EDIT);
    }

    private static Set<TaskAction> allowed(Caller caller, TaskState state, boolean extensionPending) {
        return TaskActions.allowed(caller, state, Deadline.on(LocalDate.of(2025, 12, 31)), LEAD, List.of(PARTNER), extensionPending);
    }

    private static void assertAgrees(TaskAction action, TaskState state, String deadline, Consumer<Task> attempt) {
        Task task = inState(state, deadline);
        boolean accepted;
        try {
            attempt.accept(task);
            accepted = true;
        } catch (RuleViolation refused) {
            accepted = refused.kind() != RuleViolation.Kind.CONFLICT;
        }
        assertThat(TaskActions.possible(action, state, task.view(TODAY, 3, vn.chidao.tasks.domain.RiskRules.Thresholds.DEFAULT, false).deadline(), false))
                .as(action + " on a task " + state + " due " + deadline).isEqualTo(accepted);
    }

    /** A task brought into {@code state} the way the product brings one there; null when no task with this deadline gets there. */
    private static Task inState(TaskState state, String deadline) {
        Task task = new Task(4L, "1", "Thúc đẩy chuyển đổi số doanh nghiệp nhỏ và vừa", null, null, Pillar.DIGITAL_ECONOMY,
                LEAD.value(), LEAD.value(), List.of(PARTNER.value()), Deadlines.parse(deadline, ASSIGNED).orElseThrow(),
                Priority.NORMAL, Set.of(), Set.of(), ASSIGNED, "thuongtruc@chidao.local");
        task.openPeriods(TODAY);
        boolean completable = TaskActions.possible(TaskAction.PROPOSE_COMPLETION, TaskState.IN_PROGRESS,
                task.view(TODAY, 3, vn.chidao.tasks.domain.RiskRules.Thresholds.DEFAULT, false).deadline(), false);
        if (!completable && (state == TaskState.COMPLETION_PROPOSED || state == TaskState.ACCEPTED)) {
            return null;
        }
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
