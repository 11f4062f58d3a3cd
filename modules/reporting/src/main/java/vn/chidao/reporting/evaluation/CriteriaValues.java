package vn.chidao.reporting.evaluation;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import vn.chidao.reporting.EvaluationCriteria;

/** The criteria as stored: the current ones, and a copy in each closed evaluation. */
@Embeddable
public class CriteriaValues {

    @Column(name = "tasks_weight", nullable = false)
    private int tasksWeight;

    @Column(name = "reports_weight", nullable = false)
    private int reportsWeight;

    @Column(name = "late_credit", nullable = false)
    private int lateCredit;

    @Column(name = "extension_penalty", nullable = false, precision = 4, scale = 1)
    private BigDecimal extensionPenalty;

    @Column(name = "extension_cap", nullable = false)
    private int extensionCap;

    @Column(name = "excellent_from", nullable = false)
    private int excellentFrom;

    @Column(name = "good_from", nullable = false)
    private int goodFrom;

    @Column(name = "pass_from", nullable = false)
    private int passFrom;

    @Column(name = "excellent_without_overdue", nullable = false)
    private boolean excellentWithoutOverdue;

    protected CriteriaValues() {
    }

    CriteriaValues(EvaluationCriteria c) {
        tasksWeight = c.tasksWeight();
        reportsWeight = c.reportsWeight();
        lateCredit = c.lateCredit();
        extensionPenalty = c.extensionPenalty();
        extensionCap = c.extensionCap();
        excellentFrom = c.excellentFrom();
        goodFrom = c.goodFrom();
        passFrom = c.passFrom();
        excellentWithoutOverdue = c.excellentWithoutOverdue();
    }

    EvaluationCriteria criteria(Long version) {
        return new EvaluationCriteria(tasksWeight, reportsWeight, lateCredit, extensionPenalty, extensionCap, excellentFrom, goodFrom,
                passFrom, excellentWithoutOverdue, version);
    }
}
