-- The overdue list is ordered by deadline, then id. InnoDB keeps the primary key at the end of
-- every secondary index, so an index on the deadline alone is already in (due_date, id) order and
-- the first page is read without sorting; V2's (due_date, state) index was not.
DROP INDEX task_task_due_state_ix ON task_task;
CREATE INDEX task_task_due_date_ix ON task_task (due_date);
