-- Evaluation of units per period (đánh giá, xếp loại mức độ hoàn thành nhiệm vụ): the criteria the secretariat grades by
-- (one row, the defaults the README explains), and each evaluation it closed, frozen with the criteria and figures of
-- that moment so that later changes to tasks or criteria do not rewrite it.

CREATE TABLE rpt_evaluation_criteria (
    id                        BIGINT       NOT NULL PRIMARY KEY,
    tasks_weight              INT          NOT NULL,
    reports_weight            INT          NOT NULL,
    late_credit               INT          NOT NULL,
    extension_penalty         DECIMAL(4,1) NOT NULL,
    extension_cap             INT          NOT NULL,
    excellent_from            INT          NOT NULL,
    good_from                 INT          NOT NULL,
    pass_from                 INT          NOT NULL,
    excellent_without_overdue BOOLEAN      NOT NULL,
    changed_by                VARCHAR(254) NULL,
    changed_at                TIMESTAMP(3) NULL,
    version                   BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO rpt_evaluation_criteria (id, tasks_weight, reports_weight, late_credit, extension_penalty, extension_cap,
                                     excellent_from, good_from, pass_from, excellent_without_overdue)
VALUES (1, 70, 30, 50, 1.0, 10, 90, 70, 50, TRUE);

CREATE TABLE rpt_evaluation (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period                    VARCHAR(8)   NOT NULL,
    as_of                     DATE         NOT NULL,
    tasks_weight              INT          NOT NULL,
    reports_weight            INT          NOT NULL,
    late_credit               INT          NOT NULL,
    extension_penalty         DECIMAL(4,1) NOT NULL,
    extension_cap             INT          NOT NULL,
    excellent_from            INT          NOT NULL,
    good_from                 INT          NOT NULL,
    pass_from                 INT          NOT NULL,
    excellent_without_overdue BOOLEAN      NOT NULL,
    closed_by                 VARCHAR(254) NOT NULL,
    closed_at                 TIMESTAMP(3) NOT NULL,
    -- a period is closed once, whichever server gets there first
    CONSTRAINT rpt_evaluation_period_uk UNIQUE (period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rpt_evaluation_row (
    evaluation_id   BIGINT       NOT NULL,
    position        INT          NOT NULL,
    rank_no         INT          NULL,
    unit_id         BIGINT       NOT NULL,
    unit_name       VARCHAR(500) NOT NULL,
    tasks_due       BIGINT       NOT NULL,
    done_on_time    BIGINT       NOT NULL,
    done_late       BIGINT       NOT NULL,
    overdue         BIGINT       NOT NULL,
    periods_due     BIGINT       NOT NULL,
    periods_on_time BIGINT       NOT NULL,
    periods_late    BIGINT       NOT NULL,
    periods_missing BIGINT       NOT NULL,
    extensions      BIGINT       NOT NULL,
    issues_raised   BIGINT       NOT NULL,
    issues_settled  BIGINT       NOT NULL,
    score           DECIMAL(5,1) NULL,
    grade           VARCHAR(12)  NOT NULL,
    PRIMARY KEY (evaluation_id, position),
    CONSTRAINT rpt_evaluation_row_fk FOREIGN KEY (evaluation_id) REFERENCES rpt_evaluation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
