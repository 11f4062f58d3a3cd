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
import vn.chidao.tasks.PeriodState;
import vn.chidao.tasks.Priority;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskState;
import vn.chidao.tasks.TaskView;

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

        var view = task.view(LocalDate.of(2025, 8, 2), 3, RiskRules.Thresholds.DEFAULT, false);
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

        var view = task.view(LocalDate.of(2025, 4, 2), 3, RiskRules.Thresholds.DEFAULT, false);
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

    private static Task periodic(String deadline, LocalDate owingFrom) {
        return new Task(4L, "5", "Triển khai Đề án 06/CP", null, null, Pillar.DIGITAL_SOCIETY, LEAD, LEAD, List.of(PARTNER),
                Deadlines.parse(deadline, owingFrom).orElseThrow(), Priority.NORMAL, Set.of(), Set.of(), ASSIGNED,
                "thuongtruc@chidao.local");
    }

    private static void report(Task task, LocalDate day) {
        task.reportProgress(new UnitId(LEAD), day, 50, false, day);
    }

    @Test
    void aQuarterlyTaskReportedEveryQuarterIsInTermYearsLater() {
        Task task = periodic("hằng quý", ASSIGNED);
        for (LocalDate day = LocalDate.of(2025, 3, 20); day.isBefore(LocalDate.of(2026, 11, 30)); day = day.plusMonths(3)) {
            task.openPeriods(day);
            report(task, day);
        }
        task.openPeriods(LocalDate.of(2026, 11, 30));

        assertThat(task.periods()).hasSize(8);
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(status(task, LocalDate.of(2026, 11, 30))).isEqualTo(StatusClass.IN_PROGRESS_ON_TIME);
        assertThat(task.periods()).allSatisfy(p -> assertThat(p.stateOn(LocalDate.of(2026, 11, 30)))
                .isIn(PeriodState.REPORTED_ON_TIME, PeriodState.DUE));
    }

    @Test
    void aMissedQuarterMakesTheTaskOverdueByThatQuartersDaysNotByYears() {
        Task task = periodic("hằng quý", ASSIGNED);
        for (LocalDate day = LocalDate.of(2025, 3, 20); day.isBefore(LocalDate.of(2026, 7, 1)); day = day.plusMonths(3)) {
            task.openPeriods(day);
            report(task, day);
        }
        LocalDate today = LocalDate.of(2026, 11, 30);
        task.openPeriods(today);

        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        TaskView view = task.view(today, 3, RiskRules.Thresholds.DEFAULT, false);
        assertThat(view.status()).isEqualTo(StatusClass.OVERDUE);
        assertThat(view.daysOverdue()).isEqualTo(61);
        assertThat(view.statusAgainstOriginal()).as("no first deadline of 2025 to be late against").isEqualTo(StatusClass.OVERDUE);
        assertThat(task.periods().get(6).stateOn(today)).isEqualTo(PeriodState.MISSING);

        // the late report settles the missed quarter; the current one is owed next
        report(task, today);
        assertThat(task.periods().get(6).stateOn(today)).isEqualTo(PeriodState.REPORTED_LATE);
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void twoReportsInOneQuarterDoNotSettleTheNextQuarter() {
        Task task = periodic("hằng quý", ASSIGNED);
        task.openPeriods(LocalDate.of(2025, 2, 1));
        report(task, LocalDate.of(2025, 2, 1));
        report(task, LocalDate.of(2025, 3, 1));

        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        task.openPeriods(LocalDate.of(2025, 7, 2));
        assertThat(status(task, LocalDate.of(2025, 7, 2))).isEqualTo(StatusClass.OVERDUE);
    }

    @Test
    void aPlanOf2021TakenInTodayOwesFromTheCurrentPeriod() {
        Task task = periodic("Thường xuyên", LocalDate.of(2026, 11, 30));
        task.openPeriods(LocalDate.of(2026, 11, 30));

        assertThat(task.periods()).hasSize(1);
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(status(task, LocalDate.of(2026, 11, 30))).isEqualTo(StatusClass.NOT_STARTED);
    }

    @Test
    void anOngoingDutyIsNeverCompletedNorExtended() {
        Task task = periodic("thường xuyên", ASSIGNED);
        task.openPeriods(ASSIGNED);

        assertThatThrownBy(() -> task.reportProgress(new UnitId(LEAD), ASSIGNED, 100, true, ASSIGNED))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT));
        assertThatThrownBy(() -> task.checkExtensionRequest(LocalDate.of(2025, 9, 30), ASSIGNED))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT));
    }

    @Test
    void aDatedPartEndsWithItsLastPeriod() {
        Task task = periodic("Hằng năm, đến năm 2026", ASSIGNED);
        task.openPeriods(LocalDate.of(2027, 3, 1));
        assertThat(task.periods()).extracting(ReportingPeriod::startsOn)
                .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));

        Task onTime = periodic("Hằng năm, đến năm 2026", ASSIGNED);
        report(onTime, LocalDate.of(2025, 12, 20));
        assertThat(onTime.state()).isEqualTo(TaskState.IN_PROGRESS);
        // the report of the last period is the final one: it proposes completion, accepted as on time
        report(onTime, LocalDate.of(2026, 12, 20));
        assertThat(onTime.state()).isEqualTo(TaskState.COMPLETION_PROPOSED);
        onTime.acceptCompletion();
        assertThat(status(onTime, LocalDate.of(2027, 1, 5))).isEqualTo(StatusClass.DONE_ON_TIME);
    }

    @Test
    void aWaivedPeriodIsNoLongerOwed() {
        Task task = periodic("hằng tháng, trước ngày 25", ASSIGNED);
        task.openPeriods(LocalDate.of(2025, 2, 10));
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2025, 1, 25));

        task.waivePeriod(LocalDate.of(2025, 1, 1), "Nghỉ Tết Nguyên đán", "thuongtruc@chidao.local", java.time.Instant.EPOCH);

        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2025, 2, 25));
        assertThat(task.periods().get(0).stateOn(LocalDate.of(2025, 2, 10))).isEqualTo(PeriodState.WAIVED);
        assertThatThrownBy(() -> task.waivePeriod(LocalDate.of(2025, 1, 1), "lại", "x", java.time.Instant.EPOCH))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void theSecretariatCorrectsTheCycleAndReportsSinceSettleTheNewPeriods() {
        Task task = periodic("hằng quý", ASSIGNED);
        task.openPeriods(LocalDate.of(2025, 5, 10));
        report(task, LocalDate.of(2025, 4, 5));
        report(task, LocalDate.of(2025, 5, 10));

        task.correctDeadline(Deadlines.parse("hằng tháng", LocalDate.of(2025, 4, 1)).orElseThrow(), "Văn bản yêu cầu báo cáo tháng",
                List.of(LocalDate.of(2025, 4, 5), LocalDate.of(2025, 5, 10)), LocalDate.of(2025, 5, 10));

        assertThat(task.periods()).extracting(ReportingPeriod::startsOn)
                .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1));
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThatThrownBy(() -> task(("30/06/2025")).correctDeadline(Deadline.on(LocalDate.of(2025, 9, 30)), "lùi",
                List.of(), ASSIGNED)).isInstanceOf(RuleViolation.class);
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

        var view = task.view(LocalDate.of(2025, 4, 1), 3, RiskRules.Thresholds.DEFAULT, false);
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
