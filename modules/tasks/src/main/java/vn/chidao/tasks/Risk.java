package vn.chidao.tasks;

/**
 * A task's early warning with its grounds: the share of its time gone and the progress reported (a task with a date or
 * period for deadline), the reporting periods left unreported (a periodic task), the days past its deadline; pages and
 * reports put them in words ("đã qua 80% thời gian, tiến độ báo cáo 10%").
 */
public record Risk(RiskClass level, int timeGone, int percent, int missedPeriods, long daysOverdue) {
}
