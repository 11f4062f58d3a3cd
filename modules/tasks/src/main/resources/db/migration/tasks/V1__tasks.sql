-- Tasks, their cooperating units, progress reports and extension requests.

CREATE TABLE task_task (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id           BIGINT        NOT NULL,
    code                  VARCHAR(32)   NOT NULL,
    title                 VARCHAR(1000) NOT NULL,
    description           TEXT,
    expected_output       VARCHAR(1000),
    pillar                VARCHAR(24),
    lead_unit_id          BIGINT        NOT NULL,
    original_lead_unit_id BIGINT        NOT NULL,
    deadline_kind         VARCHAR(12)   NOT NULL,
    deadline_label        VARCHAR(64),
    recurrence            VARCHAR(12),
    original_due_date     DATE          NOT NULL,
    due_date              DATE          NOT NULL,
    extension_count       INT           NOT NULL DEFAULT 0,
    priority              VARCHAR(8)    NOT NULL,
    state                 VARCHAR(24)   NOT NULL,
    state_reason          VARCHAR(1000),
    proposed_on           DATE,
    completed_on          DATE,
    percent               INT           NOT NULL DEFAULT 0,
    last_progress_on      DATE,
    assigned_on           DATE          NOT NULL,
    assigned_by           VARCHAR(254)  NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT task_task_code_uk UNIQUE (document_id, code),
    CONSTRAINT task_task_percent_ck CHECK (percent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the committee's questions: by unit and status, by deadline, by document, by pillar
CREATE INDEX task_task_lead_ix ON task_task (lead_unit_id, state, due_date);
CREATE INDEX task_task_due_ix ON task_task (state, due_date);
CREATE INDEX task_task_document_ix ON task_task (document_id, state);
CREATE INDEX task_task_pillar_ix ON task_task (pillar);

-- the documents that require the task (its own document among them)
CREATE TABLE task_mandate (
    task_id     BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, document_id),
    CONSTRAINT task_mandate_task_fk FOREIGN KEY (task_id) REFERENCES task_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX task_mandate_document_ix ON task_mandate (document_id);

CREATE TABLE task_target (
    task_id   BIGINT NOT NULL,
    target_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, target_id),
    CONSTRAINT task_target_task_fk FOREIGN KEY (task_id) REFERENCES task_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- each cooperating unit's own part: its sub-deadline and progress
CREATE TABLE task_cooperation (
    task_id          BIGINT NOT NULL,
    unit_id          BIGINT NOT NULL,
    sub_due_date     DATE,
    percent          INT    NOT NULL DEFAULT 0,
    last_progress_on DATE,
    completed_on     DATE,
    PRIMARY KEY (task_id, unit_id),
    CONSTRAINT task_cooperation_task_fk FOREIGN KEY (task_id) REFERENCES task_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX task_cooperation_unit_ix ON task_cooperation (unit_id);

CREATE TABLE task_progress (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id             BIGINT       NOT NULL,
    unit_id             BIGINT       NOT NULL,
    reported_on         DATE         NOT NULL,
    text                TEXT         NOT NULL,
    percent             INT          NOT NULL,
    proposes_completion BOOLEAN      NOT NULL DEFAULT FALSE,
    reported_by         VARCHAR(254) NOT NULL,
    reported_at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT task_progress_task_fk FOREIGN KEY (task_id) REFERENCES task_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX task_progress_task_ix ON task_progress (task_id, reported_on);

CREATE TABLE task_extension (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id            BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,
    previous_due_date  DATE          NOT NULL,
    requested_due_date DATE          NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    state              VARCHAR(12)   NOT NULL,
    requested_by       VARCHAR(254)  NOT NULL,
    requested_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    decided_by         VARCHAR(254),
    decided_at         TIMESTAMP(3),
    decision_note      VARCHAR(2000),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT task_extension_task_fk FOREIGN KEY (task_id) REFERENCES task_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX task_extension_task_ix ON task_extension (task_id);
CREATE INDEX task_extension_state_ix ON task_extension (state);
