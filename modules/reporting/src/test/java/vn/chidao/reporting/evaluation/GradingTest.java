package vn.chidao.reporting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.reporting.EvaluationCriteria;
import vn.chidao.reporting.EvaluationPeriod;
import vn.chidao.reporting.EvaluationRow;
import vn.chidao.reporting.Grade;
import vn.chidao.tasks.UnitPerformance;

class GradingTest {

    private static final EvaluationCriteria DEFAULT = EvaluationCriteria.DEFAULT;

    private static UnitPerformance figures(long unit, long onTime, long late, long overdue, long pOnTime, long pLate, long pMissing,
                                           long extensions) {
        return new UnitPerformance(new UnitId(unit), onTime + late + overdue, onTime, late, overdue, pOnTime + pLate + pMissing,
                pOnTime, pLate, pMissing, extensions, 0, 0);
    }

    @Test
    void scoresTheWeightedSharesLessTheExtensions() {
        // tasks: (6 + 0.5×2)/10 = 0.7; reports: (3 + 0.5×1)/4 = 0.875; 70×0.7 + 30×0.875 = 75.25; − 2 extensions = 73.25 → 73.3
        assertThat(Grading.score(figures(1, 6, 2, 2, 3, 1, 0, 2), DEFAULT)).isEqualByComparingTo("73.3");
        assertThat(Grading.grade(new BigDecimal("73.3"), 2, DEFAULT)).isEqualTo(Grade.GOOD);
    }

    @Test
    void aUnitWithOnlyOneKindOfObligationIsScoredOnIt() {
        assertThat(Grading.score(figures(1, 0, 0, 0, 3, 0, 1, 0), DEFAULT)).isEqualByComparingTo("75.0");
        assertThat(Grading.score(figures(1, 4, 0, 0, 0, 0, 0, 0), DEFAULT)).isEqualByComparingTo("100.0");
        assertThat(Grading.score(UnitPerformance.none(new UnitId(1)), DEFAULT)).isNull();
        assertThat(Grading.grade(null, 0, DEFAULT)).isEqualTo(Grade.NOT_GRADED);
    }

    @Test
    void extensionsTakeAtMostTheCapAndTheScoreNeverGoesBelowZero() {
        assertThat(Grading.score(figures(1, 5, 0, 0, 0, 0, 0, 40), DEFAULT)).isEqualByComparingTo("90.0");
        EvaluationCriteria harsh = new EvaluationCriteria(70, 30, 0, BigDecimal.TEN, 100, 90, 70, 50, true, null).checked();
        assertThat(Grading.score(figures(1, 1, 0, 1, 0, 0, 0, 9), harsh)).isEqualByComparingTo("0.0");
    }

    @Test
    void excellentNeedsNoOverdueTaskWhenTheCriteriaSaySo() {
        assertThat(Grading.grade(new BigDecimal("95.0"), 1, DEFAULT)).isEqualTo(Grade.GOOD);
        assertThat(Grading.grade(new BigDecimal("95.0"), 0, DEFAULT)).isEqualTo(Grade.EXCELLENT);
        EvaluationCriteria lenient = new EvaluationCriteria(70, 30, 50, BigDecimal.ONE, 10, 90, 70, 50, false, null).checked();
        assertThat(Grading.grade(new BigDecimal("95.0"), 1, lenient)).isEqualTo(Grade.EXCELLENT);
        assertThat(Grading.grade(new BigDecimal("49.9"), 0, DEFAULT)).isEqualTo(Grade.FAIL);
        assertThat(Grading.grade(new BigDecimal("50.0"), 0, DEFAULT)).isEqualTo(Grade.PASS);
    }

    @Test
    void equalScoresShareAPlaceAndUnitsWithNothingDueComeLastWithout() {
        Map<UnitId, UnitPerformance> figures = new LinkedHashMap<>();
        figures.put(new UnitId(1), figures(1, 1, 1, 0, 0, 0, 0, 0));   // 75
        figures.put(new UnitId(2), UnitPerformance.none(new UnitId(2)));
        figures.put(new UnitId(3), figures(3, 4, 0, 0, 0, 0, 0, 0));   // 100
        figures.put(new UnitId(4), figures(4, 3, 0, 1, 0, 0, 0, 0));   // 75
        figures.put(new UnitId(5), figures(5, 0, 0, 2, 0, 0, 0, 0));   // 0
        Map<UnitId, String> names = Map.of(new UnitId(1), "Sở Y tế", new UnitId(2), "Ban Dân tộc", new UnitId(3), "Công an tỉnh",
                new UnitId(4), "Đài PT-TH", new UnitId(5), "Sở Xây dựng");
        List<EvaluationRow> rows = Grading.rank(figures, names, DEFAULT);
        assertThat(rows).extracting(EvaluationRow::unitName)
                .containsExactly("Công an tỉnh", "Sở Y tế", "Đài PT-TH", "Sở Xây dựng", "Ban Dân tộc");
        assertThat(rows).extracting(EvaluationRow::rank).containsExactly(1, 2, 2, 4, null);
        assertThat(rows).extracting(EvaluationRow::grade)
                .containsExactly(Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.FAIL, Grade.NOT_GRADED);
    }

    @Test
    void criteriaThatCannotGradeAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new EvaluationCriteria(0, 0, 50, BigDecimal.ONE, 10, 90, 70, 50, true, 0L).checked())
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("tasksWeight"));
        assertThatThrownBy(() -> new EvaluationCriteria(70, 30, 150, BigDecimal.ONE, 10, 90, 70, 50, true, 0L).checked())
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("lateCredit"));
        assertThatThrownBy(() -> new EvaluationCriteria(70, 30, 50, new BigDecimal("0.25"), 10, 90, 70, 50, true, 0L).checked())
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("extensionPenalty"));
        assertThatThrownBy(() -> new EvaluationCriteria(70, 30, 50, BigDecimal.ONE, 10, 70, 90, 50, true, 0L).checked())
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("goodFrom"));
        assertThatThrownBy(() -> new EvaluationCriteria(70, null, 50, BigDecimal.ONE, 10, 90, 70, 50, true, 0L).checked())
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("reportsWeight"));
    }

    @Test
    void periodsAreReadAsSecretariatsWriteThem() {
        EvaluationPeriod q3 = EvaluationPeriod.parse("2025-Q3");
        assertThat(q3.from()).hasToString("2025-07-01");
        assertThat(q3.to()).hasToString("2025-09-30");
        assertThat(q3.label()).isEqualTo("quý III năm 2025");
        assertThat(EvaluationPeriod.parse(" 2025-q4").previous()).isEqualTo(q3);
        assertThat(EvaluationPeriod.parse("2025").to()).hasToString("2025-12-31");
        assertThat(EvaluationPeriod.parse("2026-Q1").previous().code()).isEqualTo("2025-Q4");
        for (String bad : new String[] {"2025-Q5", "Q3/2025", "", "25", "1999"}) {
            assertThatThrownBy(() -> EvaluationPeriod.parse(bad)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.problems().get(0).field()).isEqualTo("period"));
        }
    }
}
