-- Obstacles (khó khăn, vướng mắc) and recommendations (kiến nghị, đề xuất) raised in progress reports, each followed on
-- its own: raised -> being handled (by whom) -> answered, resolved or forwarded to a higher level, with the answer, who
-- gave it and when.

CREATE TABLE task_issue (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id     BIGINT        NOT NULL,
    progress_id BIGINT        NOT NULL,
    unit_id     BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    state       VARCHAR(16)   NOT NULL,
    handler     VARCHAR(200),
    answer      VARCHAR(4000),
    answered_by VARCHAR(254),
    answered_at DATETIME(3),
    raised_by   VARCHAR(254)  NOT NULL,
    raised_at   DATETIME(3)   NOT NULL,
    raised_on   DATE          NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT task_issue_task_fk FOREIGN KEY (task_id) REFERENCES task_task (id),
    CONSTRAINT task_issue_progress_fk FOREIGN KEY (progress_id) REFERENCES task_progress (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX task_issue_state_unit_ix ON task_issue (state, unit_id);
CREATE INDEX task_issue_task_ix ON task_issue (task_id);
