package vn.chidao.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskState;

class StatusRulesTest {

    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);

    @Test
    void aTaskAcceptedLaterWasStillOpenOnAnEarlierDay() {
        LocalDate completed = LocalDate.of(2025, 7, 10);

        assertThat(StatusRules.classify(TaskState.ACCEPTED, DUE, completed, LocalDate.of(2025, 7, 5), 3)).isEqualTo(StatusClass.OVERDUE);
        assertThat(StatusRules.classify(TaskState.ACCEPTED, DUE, completed, LocalDate.of(2025, 6, 1), 3))
                .isEqualTo(StatusClass.IN_PROGRESS_ON_TIME);
        assertThat(StatusRules.classify(TaskState.ACCEPTED, DUE, completed, completed, 3)).isEqualTo(StatusClass.DONE_LATE);
    }

    @Test
    void doneOnTheDeadlineIsDoneOnTime() {
        assertThat(StatusRules.classify(TaskState.ACCEPTED, DUE, DUE, LocalDate.of(2026, 1, 1), 3)).isEqualTo(StatusClass.DONE_ON_TIME);
    }

    @Test
    void theSqlRuleAsksTheSameQuestionAboutTheDayOfCompletion() {
        assertThat(StatusRules.jpql(false)).contains("t.completedOn <= :today").contains("t.completedOn <= t.dueDate");
        assertThat(StatusRules.jpql(true)).contains("t.completedOn <= case when t.deadlineKind in (" + StatusRules.PERIODIC
                + ") then t.dueDate else t.originalDueDate end");
    }
}
