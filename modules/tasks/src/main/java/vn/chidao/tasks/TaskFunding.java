package vn.chidao.tasks;

import java.util.List;

/**
 * A task's money: what is planned by source and year, what was disbursed, the totals, and the sources paid out beyond
 * what was planned from them (flagged, not refused: the plan may be out of date).
 */
public record TaskFunding(TaskId task, List<FundingLineView> planned, List<DisbursementView> disbursed, long plannedTotal,
                          long disbursedTotal, boolean overPlan, List<String> overPlanSources) {
}
