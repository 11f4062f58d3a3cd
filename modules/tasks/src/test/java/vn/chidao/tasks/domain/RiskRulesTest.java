package vn.chidao.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.chidao.kernel.Messages;
import vn.chidao.tasks.Risk;
import vn.chidao.tasks.RiskClass;
import vn.chidao.tasks.TaskState;

class RiskRulesTest {

    private static final LocalDate ASSIGNED = LocalDate.of(2026, 1, 1);
    private static final LocalDate DUE = ASSIGNED.plusDays(100);
    private static final RiskRules.Thresholds DEFAULT = RiskRules.Thresholds.DEFAULT;

    private static Risk dated(int percent, int day, boolean extension, RiskRules.Thresholds thresholds) {
        return RiskRules.classify(TaskState.IN_PROGRESS, false, ASSIGNED, DUE, null, percent, 0, extension,
                ASSIGNED.plusDays(day), thresholds);
    }

    @Test
    void tenPercentAfterEightyPercentOfTheTimeIsAtRiskAndSaysWhy() {
        Risk risk = dated(10, 80, false, DEFAULT);
        assertThat(risk.level()).isEqualTo(RiskClass.AT_RISK);
        assertThat(risk.ground()).isEqualTo(Risk.Ground.PROGRESS);
        assertThat(risk.reason(Messages.VIETNAMESE)).isEqualTo("đã qua 80% thời gian, tiến độ báo cáo 10%");
        assertThat(risk.reason(java.util.Locale.ENGLISH)).isEqualTo("80% of its time gone, 10% reported");
    }

    @Test
    void progressIsJudgedOnlyAfterTheSecretariatsShareOfTimeAndBeyondItsMargin() {
        assertThat(dated(0, 49, false, DEFAULT).level()).as("before half its time").isEqualTo(RiskClass.ON_TRACK);
        assertThat(dated(30, 50, false, DEFAULT).level()).as("trailing by exactly the margin").isEqualTo(RiskClass.ON_TRACK);
        assertThat(dated(29, 50, false, DEFAULT).level()).as("trailing by more than the margin").isEqualTo(RiskClass.AT_RISK);
        RiskRules.Thresholds strict = new RiskRules.Thresholds(30, 5, 1);
        assertThat(dated(20, 30, false, strict).level()).isEqualTo(RiskClass.AT_RISK);
        assertThat(dated(20, 30, false, DEFAULT).level()).isEqualTo(RiskClass.ON_TRACK);
    }

    @Test
    void aPendingExtensionRequestWarnsEvenWhenProgressKeepsUp() {
        Risk risk = dated(90, 60, true, DEFAULT);
        assertThat(risk.level()).isEqualTo(RiskClass.AT_RISK);
        assertThat(risk.reason(Messages.VIETNAMESE)).isEqualTo("đang chờ duyệt đề nghị gia hạn");
        assertThat(dated(10, 80, true, DEFAULT).ground()).as("the progress is the weightier ground").isEqualTo(Risk.Ground.PROGRESS);
    }

    @Test
    void periodicTasksAreJudgedByUnreportedPeriodsOnly() {
        Risk one = RiskRules.classify(TaskState.IN_PROGRESS, true, ASSIGNED, DUE, null, 0, 1, false, ASSIGNED.plusDays(95), DEFAULT);
        Risk two = RiskRules.classify(TaskState.IN_PROGRESS, true, ASSIGNED, DUE, null, 0, 2, false, ASSIGNED.plusDays(95), DEFAULT);
        assertThat(one.level()).isEqualTo(RiskClass.ON_TRACK);
        assertThat(two.level()).isEqualTo(RiskClass.AT_RISK);
        assertThat(two.reason(Messages.VIETNAMESE)).isEqualTo("2 kỳ báo cáo trễ hạn hoặc chưa báo cáo trong 12 tháng qua");
    }

    @Test
    void pastTheDeadlineIsOffTrackAndFinishedTasksAreNotJudged() {
        Risk late = dated(95, 103, false, DEFAULT);
        assertThat(late.level()).isEqualTo(RiskClass.OFF_TRACK);
        assertThat(late.reason(Messages.VIETNAMESE)).isEqualTo("quá hạn 3 ngày");
        Risk done = RiskRules.classify(TaskState.ACCEPTED, false, ASSIGNED, DUE, ASSIGNED.plusDays(60), 100, 0, true,
                ASSIGNED.plusDays(80), DEFAULT);
        assertThat(done.level()).isEqualTo(RiskClass.NONE);
        assertThat(done.reason(Messages.VIETNAMESE)).isEmpty();
    }
}
