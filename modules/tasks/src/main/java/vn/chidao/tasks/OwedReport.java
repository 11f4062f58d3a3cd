package vn.chidao.tasks;

import vn.chidao.organization.UnitId;

/** A report a unit owes: the oldest period of one of its periodic tasks not yet reported (due or missing). */
public record OwedReport(TaskId task, String code, String title, UnitId leadUnit, PeriodView period) {
}
