package vn.chidao.reporting.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.chidao.organization.UnitId;
import vn.chidao.reporting.EvaluationCriteria;
import vn.chidao.reporting.EvaluationRow;
import vn.chidao.reporting.Grade;
import vn.chidao.tasks.UnitPerformance;

/** Scores and grades units' figures by the criteria, and ranks them: the best score first, ties sharing a place. */
public final class Grading {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT = MathContext.DECIMAL64;

    private Grading() {
    }

    /** The score out of 100 (one decimal), or null when nothing the criteria weigh fell due. */
    public static BigDecimal score(UnitPerformance f, EvaluationCriteria c) {
        BigDecimal late = BigDecimal.valueOf(c.lateCredit()).divide(HUNDRED, EXACT);
        BigDecimal weighted = BigDecimal.ZERO;
        long weights = 0;
        if (f.tasksDue() > 0 && c.tasksWeight() > 0) {
            weighted = weighted.add(share(f.doneOnTime(), f.doneLate(), f.tasksDue(), late).multiply(BigDecimal.valueOf(c.tasksWeight())));
            weights += c.tasksWeight();
        }
        if (f.periodsDue() > 0 && c.reportsWeight() > 0) {
            weighted = weighted.add(share(f.periodsOnTime(), f.periodsLate(), f.periodsDue(), late)
                    .multiply(BigDecimal.valueOf(c.reportsWeight())));
            weights += c.reportsWeight();
        }
        if (weights == 0) {
            return null;
        }
        BigDecimal penalty = c.extensionPenalty().multiply(BigDecimal.valueOf(f.extensions())).min(BigDecimal.valueOf(c.extensionCap()));
        BigDecimal score = weighted.multiply(HUNDRED).divide(BigDecimal.valueOf(weights), EXACT).subtract(penalty);
        return score.max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(long onTime, long late, long due, BigDecimal lateCredit) {
        return BigDecimal.valueOf(onTime).add(lateCredit.multiply(BigDecimal.valueOf(late))).divide(BigDecimal.valueOf(due), EXACT);
    }

    public static Grade grade(BigDecimal score, long overdue, EvaluationCriteria c) {
        if (score == null) {
            return Grade.NOT_GRADED;
        }
        if (score.compareTo(BigDecimal.valueOf(c.excellentFrom())) >= 0 && (overdue == 0 || !c.excellentWithoutOverdue())) {
            return Grade.EXCELLENT;
        }
        if (score.compareTo(BigDecimal.valueOf(c.goodFrom())) >= 0) {
            return Grade.GOOD;
        }
        return score.compareTo(BigDecimal.valueOf(c.passFrom())) >= 0 ? Grade.PASS : Grade.FAIL;
    }

    /**
     * The rows of an evaluation: graded units by score (fewer overdue, then name, among equals), sharing a place when
     * their scores are equal ("1, 2, 2, 4"); units with nothing due last, without a place.
     */
    public static List<EvaluationRow> rank(Map<UnitId, UnitPerformance> figures, Map<UnitId, String> names, EvaluationCriteria c) {
        List<EvaluationRow> rows = new ArrayList<>();
        figures.forEach((unit, f) -> {
            BigDecimal score = score(f, c);
            rows.add(new EvaluationRow(null, unit, names.getOrDefault(unit, "#" + unit.value()), f, score, grade(score, f.overdue(), c)));
        });
        rows.sort(Comparator.comparing((EvaluationRow r) -> r.score() == null)
                .thenComparing(EvaluationRow::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingLong(r -> r.figures().overdue())
                .thenComparing(EvaluationRow::unitName, vn.chidao.kernel.Words.vietnameseOrder()));
        List<EvaluationRow> ranked = new ArrayList<>(rows.size());
        BigDecimal previous = null;
        int place = 0;
        for (int i = 0; i < rows.size(); i++) {
            EvaluationRow r = rows.get(i);
            if (r.score() != null && (previous == null || r.score().compareTo(previous) != 0)) {
                place = i + 1;
                previous = r.score();
            }
            ranked.add(new EvaluationRow(r.score() == null ? null : place, r.unit(), r.unitName(), r.figures(), r.score(), r.grade()));
        }
        return ranked;
    }
}
