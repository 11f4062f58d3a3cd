-- Audit copies (Hibernate Envers) of tasks, progress reports and extension requests; rev is
-- org_revision.id. The task timeline is read from these.

CREATE TABLE task_task_aud (
    id                    BIGINT        NOT NULL,
    rev                   BIGINT        NOT NULL,
    revtype               TINYINT,
    document_id           BIGINT,
    code                  VARCHAR(32),
    title                 VARCHAR(1000),
    description           TEXT,
    expected_output       VARCHAR(1000),
    pillar                VARCHAR(24),
    lead_unit_id          BIGINT,
    original_lead_unit_id BIGINT,
    deadline_kind         VARCHAR(12),
    deadline_label        VARCHAR(64),
    recurrence            VARCHAR(12),
    original_due_date     DATE,
    due_date              DATE,
    extension_count       INT,
    priority              VARCHAR(8),
    state                 VARCHAR(24),
    state_reason          VARCHAR(1000),
    proposed_on           DATE,
    completed_on          DATE,
    percent               INT,
    last_progress_on      DATE,
    assigned_on           DATE,
    assigned_by           VARCHAR(254),
    PRIMARY KEY (id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE task_progress_aud (
    id                  BIGINT       NOT NULL,
    rev                 BIGINT       NOT NULL,
    revtype             TINYINT,
    task_id             BIGINT,
    unit_id             BIGINT,
    reported_on         DATE,
    text                TEXT,
    percent             INT,
    proposes_completion BOOLEAN,
    reported_by         VARCHAR(254),
    reported_at         TIMESTAMP(3) NULL,
    PRIMARY KEY (id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE task_extension_aud (
    id                 BIGINT        NOT NULL,
    rev                BIGINT        NOT NULL,
    revtype            TINYINT,
    task_id            BIGINT,
    unit_id            BIGINT,
    previous_due_date  DATE,
    requested_due_date DATE,
    reason             VARCHAR(2000),
    state              VARCHAR(12),
    requested_by       VARCHAR(254),
    requested_at       TIMESTAMP(3) NULL,
    decided_by         VARCHAR(254),
    decided_at         TIMESTAMP(3) NULL,
    decision_note      VARCHAR(2000),
    PRIMARY KEY (id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX task_task_aud_rev_ix ON task_task_aud (rev);
