package vn.chidao.reporting;

import java.math.BigDecimal;

import vn.chidao.organization.UnitId;
import vn.chidao.tasks.UnitPerformance;

/** One unit's line of an evaluation: its figures, score (none when not graded), grade and place (ties share one). */
public record EvaluationRow(Integer rank, UnitId unit, String unitName, UnitPerformance figures, BigDecimal score, Grade grade) {
}
