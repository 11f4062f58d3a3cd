package vn.chidao.reporting.evaluation;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.chidao.organization.UnitId;
import vn.chidao.reporting.EvaluationRow;
import vn.chidao.reporting.Grade;
import vn.chidao.tasks.UnitPerformance;

/** One unit's line of a closed evaluation, with the unit's name as it was. */
@Embeddable
public class ClosedRow {

    @Column(nullable = false)
    private int position;

    @Column(name = "rank_no")
    private Integer rank;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 500)
    private String unitName;

    @Column(name = "tasks_due", nullable = false)
    private long tasksDue;

    @Column(name = "done_on_time", nullable = false)
    private long doneOnTime;

    @Column(name = "done_late", nullable = false)
    private long doneLate;

    @Column(nullable = false)
    private long overdue;

    @Column(name = "periods_due", nullable = false)
    private long periodsDue;

    @Column(name = "periods_on_time", nullable = false)
    private long periodsOnTime;

    @Column(name = "periods_late", nullable = false)
    private long periodsLate;

    @Column(name = "periods_missing", nullable = false)
    private long periodsMissing;

    @Column(nullable = false)
    private long extensions;

    @Column(name = "issues_raised", nullable = false)
    private long issuesRaised;

    @Column(name = "issues_settled", nullable = false)
    private long issuesSettled;

    @Column(precision = 5, scale = 1)
    private BigDecimal score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Grade grade;

    protected ClosedRow() {
    }

    ClosedRow(int position, EvaluationRow row) {
        UnitPerformance f = row.figures();
        this.position = position;
        rank = row.rank();
        unitId = row.unit().value();
        unitName = row.unitName();
        tasksDue = f.tasksDue();
        doneOnTime = f.doneOnTime();
        doneLate = f.doneLate();
        overdue = f.overdue();
        periodsDue = f.periodsDue();
        periodsOnTime = f.periodsOnTime();
        periodsLate = f.periodsLate();
        periodsMissing = f.periodsMissing();
        extensions = f.extensions();
        issuesRaised = f.issuesRaised();
        issuesSettled = f.issuesSettled();
        score = row.score();
        grade = row.grade();
    }

    int position() {
        return position;
    }

    EvaluationRow row() {
        UnitId unit = new UnitId(unitId);
        return new EvaluationRow(rank, unit, unitName, new UnitPerformance(unit, tasksDue, doneOnTime, doneLate, overdue, periodsDue,
                periodsOnTime, periodsLate, periodsMissing, extensions, issuesRaised, issuesSettled), score, grade);
    }
}
