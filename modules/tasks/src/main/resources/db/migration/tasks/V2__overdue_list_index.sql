-- The province's overdue list reads open tasks in deadline order and stops after the first page:
-- an index led by the deadline lets it stop early instead of sorting every overdue task.
CREATE INDEX task_task_due_state_ix ON task_task (due_date, state);
