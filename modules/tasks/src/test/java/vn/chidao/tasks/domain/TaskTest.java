package vn.chidao.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.Pillar;
import vn.chidao.tasks.Deadline;
import vn.chidao.tasks.Priority;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskState;

class TaskTest {

    private static final long LEAD = 7;
    private static final long PARTNER = 33;
    private static final LocalDate ASSIGNED = LocalDate.of(2025, 1, 2);
    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);

    private static Task task(String deadline) {
        return new Task(4L, "1", "Thúc đẩy chuyển đổi số doanh nghiệp nhỏ và vừa", null, null, Pillar.DIGITAL_ECONOMY,
                LEAD, LEAD, List.of(PARTNER), Deadlines.parse(deadline, ASSIGNED).orElseThrow(), Priority.NORMAL,
                Set.of(), Set.of(), ASSIGNED, "thuongtruc@chidao.local");
    }

    private static StatusClass status(Task task, LocalDate today) {
        return task.statusOn(today, 3);
    }

    @Test
    void statusFollowsTheDateWithoutAnyoneSettingIt() {
        Task task = task("30/06/2025");

        assertThat(status(task, LocalDate.of(2025, 3, 1))).isEqualTo(StatusClass.NOT_STARTED);
        task.reportProgress(new UnitId(LEAD), LocalDate.of(2025, 3, 1), 30, false, LocalDate.of(2025, 3, 1));
        assertThat(status(task, LocalDate.of(2025, 3, 1))).isEqualTo(StatusClass.IN_PROGRESS_ON_TIME);
        assertThat(status(task, LocalDate.of(2025, 6, 27))).isEqualTo(StatusClass.DUE_SOON);
        assertThat(status(task, LocalDate.of(2025, 6, 30))).isEqualTo(StatusClass.DUE_SOON);
        assertThat(status(task, LocalDate.of(2025, 7, 1))).isEqualTo(StatusClass.OVERDUE);
    }

    @Test
    void completionCountsOnTheDayTheUnitProposedIt() {
        Task task = task("30/06/2025");
        task.reportProgress(new UnitId(LEAD), LocalDate.of(2025, 6, 29), 100, true, LocalDate.of(2025, 7, 3));

        task.acceptCompletion();

        assertThat(task.state()).isEqualTo(TaskState.ACCEPTED);
        assertThat(status(task, LocalDate.of(2025, 7, 3))).isEqualTo(StatusClass.DONE_ON_TIME);
    }

    @Test
    void completionAfterTheDeadlineIsDoneLate() {
        Task task = task("30/06/2025");
        task.reportProgress(new UnitId(LEAD), LocalDate.of(2025, 7, 2), 100, true, LocalDate.of(2025, 7, 3));
        task.acceptCompletion();

        assertThat(status(task, LocalDate.of(2025, 7, 3))).isEqualTo(StatusClass.DONE_LATE);
    }

    @Test
    void overdueTaskCountsAgainstOriginalDeadlineToo() {
        Task task = task("30/06/2025");
        task.extendDeadline(LocalDate.of(2025, 9, 30));
        task.reportProgress(new UnitId(LEAD), LocalDate.of(2025, 8, 1), 100, true, LocalDate.of(2025, 8, 1));
        task.acceptCompletion();

        var view = task.view(LocalDate.of(2025, 8, 2), 3);
        assertThat(view.status()).isEqualTo(StatusClass.DONE_ON_TIME);
        assertThat(view.statusAgainstOriginal()).isEqualTo(StatusClass.DONE_LATE);
        assertThat(view.extensionCount()).isEqualTo(1);
        assertThat(view.originalDueDate()).isEqualTo(DUE);
    }

    @Test
    void returnedCompletionGoesBackToWork() {
        Task task = task("30/06/2025");
        task.reportProgress(new UnitId(LEAD), LocalDate.of(2025, 6, 1), 100, true, LocalDate.of(2025, 6, 2));

        task.returnCompletion("Thiếu sản phẩm đầu ra");

        assertThat(task.state()).isEqualTo(TaskState.IN_PROGRESS);
        assertThatThrownBy(task::acceptCompletion).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aCooperatingUnitReportsOnlyOnItsOwnPart() {
        Task task = task("30/06/2025");

        task.reportProgress(new UnitId(PARTNER), LocalDate.of(2025, 4, 1), 100, false, LocalDate.of(2025, 4, 1));

        var view = task.view(LocalDate.of(2025, 4, 2), 3);
        assertThat(view.percent()).isZero();
        assertThat(view.state()).isEqualTo(TaskState.ASSIGNED);
        assertThat(view.cooperation().get(0).percent()).isEqualTo(100);
        assertThat(view.cooperation().get(0).status()).isEqualTo(StatusClass.DONE_ON_TIME);
        assertThatThrownBy(() -> task.reportProgress(new UnitId(PARTNER), LocalDate.of(2025, 4, 1), 100, true,
                LocalDate.of(2025, 4, 1))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void rejectsExtensionAfterTaskIsCompleted() {
        Task task = task("30/06/2025");
        task.reportProgress(new UnitId(LEAD), LocalDate.of(2025, 6, 1), 100, true, LocalDate.of(2025, 6, 2));
        task.acceptCompletion();

        assertThatThrownBy(() -> task.checkExtensionRequest(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 6, 3)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT));
    }

    @Test
    void anExtensionMustAskForALaterDay() {
        Task task = task("30/06/2025");

        assertThatThrownBy(() -> task.checkExtensionRequest(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 1)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void eachReportOnRecurringWorkSettlesTheOldestPeriodOwed() {
        Task task = task("hằng quý");
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2025, 3, 31));

        task.reportProgress(new UnitId(LEAD), LocalDate.of(2025, 3, 20), 25, false, LocalDate.of(2025, 3, 20));
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(status(task, LocalDate.of(2025, 7, 5))).isEqualTo(StatusClass.OVERDUE);
    }

    @Test
    void reportsCannotBeDatedInTheFutureOrBeforeTheAssignment() {
        Task task = task("30/06/2025");

        assertThatThrownBy(() -> task.reportProgress(new UnitId(LEAD), LocalDate.of(2025, 5, 2), 10, false, LocalDate.of(2025, 5, 1)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> task.reportProgress(new UnitId(LEAD), LocalDate.of(2024, 12, 1), 10, false, LocalDate.of(2025, 5, 1)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void mergedUnitsOpenWorkMovesToTheSuccessorButTheOriginalStays() {
        Task task = task("30/06/2025");

        task.moveUnit(LEAD, 99L);

        var view = task.view(LocalDate.of(2025, 4, 1), 3);
        assertThat(view.leadUnit()).isEqualTo(new UnitId(99));
        assertThat(view.originalLeadUnit()).isEqualTo(new UnitId(LEAD));
    }

    @Test
    void aCooperatingUnitMergedIntoTheLeadLosesItsSeparatePart() {
        Task task = task("30/06/2025");

        task.moveUnit(PARTNER, LEAD);

        assertThat(task.cooperatingUnits()).isEmpty();
    }

    @Test
    void suspendedWorkIsNeitherLateNorOnTime() {
        Task task = task("30/06/2025");
        task.suspend("Chờ hướng dẫn");

        assertThat(status(task, LocalDate.of(2025, 9, 1))).isEqualTo(StatusClass.SUSPENDED);
        task.resume();
        assertThat(status(task, LocalDate.of(2025, 9, 1))).isEqualTo(StatusClass.OVERDUE);
    }

    @Test
    void theLeadCannotAlsoCooperate() {
        assertThatThrownBy(() -> new Task(4L, "2", "x", null, null, null, LEAD, LEAD, List.of(LEAD),
                Deadline.on(DUE), Priority.NORMAL, Set.of(), Set.of(), ASSIGNED, "x"))
                .isInstanceOf(RuleViolation.class);
    }
}
