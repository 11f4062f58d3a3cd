-- Targets as plans write them: one or more horizons (milestones), each a value, range, floor, ceiling or yearly rate
-- by its date; a baseline only where the plan gives one. Each existing target keeps its value and date as its one
-- horizon, reached in its direction (EXACT), and its baseline.

CREATE TABLE plan_milestone (
    target_id  BIGINT         NOT NULL,
    position   INT            NOT NULL,
    kind       VARCHAR(12)    NOT NULL,
    low_value  DECIMAL(20, 4),
    high_value DECIMAL(20, 4),
    due_date   DATE           NOT NULL,
    wording    VARCHAR(200),
    PRIMARY KEY (target_id, position),
    CONSTRAINT plan_milestone_target_fk FOREIGN KEY (target_id) REFERENCES plan_target (id) ON DELETE CASCADE,
    CONSTRAINT plan_milestone_range_ck CHECK (low_value IS NULL OR high_value IS NULL OR low_value <= high_value)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO plan_milestone (target_id, position, kind, low_value, high_value, due_date, wording)
SELECT id, 0, 'EXACT', target_value, target_value, target_date, NULL FROM plan_target;

-- what the history records of the horizons, as one line; the application writes it from now on
ALTER TABLE plan_target ADD COLUMN milestones_text VARCHAR(1000) NULL AFTER baseline_date;
UPDATE plan_target SET milestones_text = CONCAT(YEAR(target_date), ': ', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM target_value)),
                                                IF(unit_of_measure = '%', '%', CONCAT(' ', unit_of_measure)));
ALTER TABLE plan_target MODIFY milestones_text VARCHAR(1000) NOT NULL;

ALTER TABLE plan_target DROP CONSTRAINT plan_target_dates_ck;
ALTER TABLE plan_target MODIFY baseline DECIMAL(20, 4) NULL, MODIFY baseline_date DATE NULL,
    DROP COLUMN target_value, DROP COLUMN target_date,
    ADD CONSTRAINT plan_target_baseline_ck CHECK ((baseline IS NULL) = (baseline_date IS NULL));

-- earlier revisions keep their value and date; new ones record the horizons' line
ALTER TABLE plan_target_aud ADD COLUMN milestones_text VARCHAR(1000) NULL AFTER baseline_date;
