package vn.chidao.reporting;

import java.math.BigDecimal;

import vn.chidao.kernel.RuleViolation;

/**
 * How the secretariat grades its units: a score out of 100 from the share of tasks finished on time ({@code tasksWeight})
 * and of periodic reports made on time ({@code reportsWeight}), a late one worth {@code lateCredit} % of an on-time one,
 * less {@code extensionPenalty} points per extension granted (at most {@code extensionCap}); then the grade by the score's
 * thresholds, "excellent" only without an overdue task when {@code excellentWithoutOverdue}. {@code version} guards
 * against two people changing them at once.
 */
public record EvaluationCriteria(Integer tasksWeight, Integer reportsWeight, Integer lateCredit, BigDecimal extensionPenalty,
                                 Integer extensionCap, Integer excellentFrom, Integer goodFrom, Integer passFrom,
                                 Boolean excellentWithoutOverdue, Long version) {

    /** The default, as the README explains it: tasks 70, reports 30, a late one half, one point per extension up to 10. */
    public static final EvaluationCriteria DEFAULT = new EvaluationCriteria(70, 30, 50, BigDecimal.ONE, 10, 90, 70, 50, true, null);

    /** Refuses criteria that cannot grade, naming the field; returns them otherwise. */
    public EvaluationCriteria checked() {
        within("tasksWeight", tasksWeight, 0, 100);
        within("reportsWeight", reportsWeight, 0, 100);
        if (tasksWeight + reportsWeight == 0) {
            throw RuleViolation.invalid("tasksWeight", "evaluation.criteria.noWeight");
        }
        within("lateCredit", lateCredit, 0, 100);
        if (extensionPenalty == null) {
            throw RuleViolation.invalid("extensionPenalty", "evaluation.criteria.required");
        }
        if (extensionPenalty.signum() < 0 || extensionPenalty.compareTo(BigDecimal.TEN) > 0 || extensionPenalty.stripTrailingZeros().scale() > 1) {
            throw RuleViolation.invalid("extensionPenalty", "evaluation.criteria.penalty", extensionPenalty.toPlainString());
        }
        within("extensionCap", extensionCap, 0, 100);
        within("excellentFrom", excellentFrom, 1, 100);
        within("goodFrom", goodFrom, 1, 100);
        within("passFrom", passFrom, 1, 100);
        if (!(excellentFrom > goodFrom && goodFrom > passFrom)) {
            throw RuleViolation.invalid("goodFrom", "evaluation.criteria.order", excellentFrom, goodFrom, passFrom);
        }
        if (excellentWithoutOverdue == null) {
            throw RuleViolation.invalid("excellentWithoutOverdue", "evaluation.criteria.required");
        }
        return this;
    }

    private static void within(String field, Integer value, int min, int max) {
        if (value == null) {
            throw RuleViolation.invalid(field, "evaluation.criteria.required");
        }
        if (value < min || value > max) {
            throw RuleViolation.invalid(field, "evaluation.criteria.range", value, min, max);
        }
    }
}
