package vn.chidao.tasks;

import java.util.List;

/**
 * A task's money: what is planned by source and year, what was disbursed, the totals, and whether more was disbursed than
 * planned (flagged, not refused: the plan may be out of date).
 */
public record TaskFunding(TaskId task, List<FundingLineView> planned, List<DisbursementView> disbursed, long plannedTotal,
                          long disbursedTotal, boolean overPlan) {
}
