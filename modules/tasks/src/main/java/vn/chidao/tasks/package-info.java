/**
 * Tasks: assignment of each task to one lead unit and its cooperating units, deadlines
 * (dates, periods, recurring), the status classes derived from deadline and today's date,
 * progress reports, extension requests and completion, and the committee's queries
 * (by unit, document, pillar, status class, deadline; counts per unit; the overdue list).
 *
 * <p>API (this package): {@link vn.chidao.tasks.TaskAssignment} (every change, with its access
 * rules), {@link vn.chidao.tasks.TaskQueries} (lists and counts in SQL), view records and IDs.
 * Depends on {@code organization} and {@code plan}.
 *
 * <p>Publishes {@link vn.chidao.tasks.TaskAssigned}, {@link vn.chidao.tasks.CompletionProposed},
 * {@link vn.chidao.tasks.CompletionDecided} and {@link vn.chidao.tasks.ExtensionDecided}, inside the
 * transaction of the change. Consumes {@code UnitMerged} inside the merging transaction: a merged unit's
 * open tasks move to its successor together with the merger, or not at all.
 */
package vn.chidao.tasks;
