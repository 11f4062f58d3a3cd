-- Periodic tasks (recurring, ongoing) owe one report per period: each period is a row with its own due
-- day, and the task's due_date is the due day of the oldest period it still owes.

ALTER TABLE task_task
    ADD COLUMN owing_from      DATE          NULL AFTER recurrence,
    ADD COLUMN owing_until     DATE          NULL AFTER owing_from,
    ADD COLUMN report_day      INT           NULL AFTER owing_until,
    ADD COLUMN deadline_reason VARCHAR(1000) NULL AFTER report_day,
    ADD CONSTRAINT task_task_report_day_ck CHECK (report_day BETWEEN 1 AND 31);

ALTER TABLE task_task_aud
    ADD COLUMN owing_from      DATE          NULL AFTER recurrence,
    ADD COLUMN owing_until     DATE          NULL AFTER owing_from,
    ADD COLUMN report_day      INT           NULL AFTER owing_until,
    ADD COLUMN deadline_reason VARCHAR(1000) NULL AFTER report_day;

-- "thường xuyên", "liên tục" are ongoing duties, never completed (the collation ignores case and accents)
UPDATE task_task SET deadline_kind = 'ONGOING'
 WHERE deadline_kind = 'RECURRING' AND (deadline_label LIKE '%thuong xuyen%' OR deadline_label LIKE '%lien tuc%');

-- a periodic task owes from the period its current due date ends (earlier ones were settled by its reports);
-- the application opens that period and the ones since at start-up
UPDATE task_task
   SET owing_from = DATE_FORMAT(due_date - INTERVAL (CASE recurrence WHEN 'MONTHLY' THEN 0 WHEN 'QUARTERLY' THEN 2
                                                                      WHEN 'HALF_YEARLY' THEN 5 ELSE 11 END) MONTH, '%Y-%m-01')
 WHERE deadline_kind IN ('RECURRING', 'ONGOING');

CREATE TABLE task_period (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id       BIGINT        NOT NULL,
    recurrence    VARCHAR(12)   NOT NULL,
    starts_on     DATE          NOT NULL,
    ends_on       DATE          NOT NULL,
    due_on        DATE          NOT NULL,
    reported_on   DATE,
    waived_reason VARCHAR(1000),
    waived_by     VARCHAR(254),
    waived_at     TIMESTAMP(3)  NULL,
    CONSTRAINT task_period_uk UNIQUE (task_id, starts_on),
    CONSTRAINT task_period_task_fk FOREIGN KEY (task_id) REFERENCES task_task (id) ON DELETE CASCADE,
    CONSTRAINT task_period_order_ck CHECK (starts_on <= ends_on AND due_on <= ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the committee's period counts: periods due in a window
CREATE INDEX task_period_due_ix ON task_period (due_on);
