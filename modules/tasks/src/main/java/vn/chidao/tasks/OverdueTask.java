package vn.chidao.tasks;

import java.time.LocalDate;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;

/** One line of the overdue list. */
public record OverdueTask(TaskId id, DocumentId document, String code, String title, UnitId leadUnit,
                          LocalDate dueDate, LocalDate originalDueDate, long daysOverdue, int percent,
                          LocalDate lastProgressOn) {
}
