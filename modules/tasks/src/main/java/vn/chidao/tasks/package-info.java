/**
 * Tasks: assignment of each task to one lead unit and its cooperating units, deadlines
 * (dates, periods, recurring), the status classes derived from deadline and today's date,
 * progress reports with evidence, extension requests and completion.
 *
 * <p>API (this package): not yet published; it arrives with the plans/targets/tasks issue.
 * Depends on {@code organization} and {@code plan}. Will consume {@code UnitMerged} to move
 * open tasks to the successor unit.
 */
package vn.chidao.tasks;
