-- The secretariat's settings for the early warning on tasks (cảnh báo sớm): after which share of its time a task's
-- progress is judged, how many points it may trail the time gone, and how many unreported periods put a periodic task
-- at risk. One row; the warning itself is derived as of a day, never stored.

CREATE TABLE early_warning (
    id             BIGINT       NOT NULL PRIMARY KEY,
    from_percent   INT          NOT NULL,
    margin_points  INT          NOT NULL,
    missed_periods INT          NOT NULL,
    changed_by     VARCHAR(254),
    changed_at     DATETIME(3),
    version        BIGINT       NOT NULL DEFAULT 0
);

INSERT INTO early_warning (id, from_percent, margin_points, missed_periods) VALUES (1, 50, 20, 2);
