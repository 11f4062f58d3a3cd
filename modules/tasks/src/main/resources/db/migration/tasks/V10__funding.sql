-- Funding (kinh phí) behind a plan: planned amounts by source and year for a document as a whole (its envelope) or for
-- one of its tasks, and what the lead unit disbursed (giải ngân), reported with its progress reports and corrected by the
-- secretariat with history. Amounts are whole đồng. The sources are a list the secretariat keeps.

CREATE TABLE funding_source (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(32)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT funding_source_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO funding_source (code, name, position) VALUES
    ('NSTW', 'Ngân sách trung ương', 1),
    ('NSDP', 'Ngân sách tỉnh', 2),
    ('DN', 'Vốn doanh nghiệp', 3),
    ('KHAC', 'Xã hội hóa, nguồn khác', 4);

CREATE TABLE funding_plan (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner       VARCHAR(24)  NOT NULL,
    document_id BIGINT       NOT NULL,
    task_id     BIGINT,
    source_id   BIGINT       NOT NULL,
    year        INT          NOT NULL,
    amount      BIGINT       NOT NULL,
    changed_by  VARCHAR(254) NOT NULL,
    changed_at  DATETIME(3)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT funding_plan_once UNIQUE (owner, source_id, year),
    CONSTRAINT funding_plan_task_fk FOREIGN KEY (task_id) REFERENCES task_task (id) ON DELETE CASCADE,
    CONSTRAINT funding_plan_source_fk FOREIGN KEY (source_id) REFERENCES funding_source (id),
    CONSTRAINT funding_plan_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX funding_plan_document ON funding_plan (document_id);
CREATE INDEX funding_plan_task ON funding_plan (task_id);

CREATE TABLE funding_disbursement (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id           BIGINT        NOT NULL,
    progress_id       BIGINT,
    unit_id           BIGINT        NOT NULL,
    source_id         BIGINT        NOT NULL,
    amount            BIGINT        NOT NULL,
    disbursed_on      DATE          NOT NULL,
    reported_by       VARCHAR(254)  NOT NULL,
    reported_at       DATETIME(3)   NOT NULL,
    corrected_by      VARCHAR(254),
    corrected_at      DATETIME(3),
    correction_reason VARCHAR(1000),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT funding_disbursement_task_fk FOREIGN KEY (task_id) REFERENCES task_task (id) ON DELETE CASCADE,
    CONSTRAINT funding_disbursement_source_fk FOREIGN KEY (source_id) REFERENCES funding_source (id),
    CONSTRAINT funding_disbursement_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX funding_disbursement_task ON funding_disbursement (task_id, disbursed_on);

CREATE TABLE funding_plan_aud (
    id          BIGINT      NOT NULL,
    rev         BIGINT      NOT NULL,
    revtype     TINYINT,
    owner       VARCHAR(24),
    document_id BIGINT,
    task_id     BIGINT,
    source_id   BIGINT,
    year        INT,
    amount      BIGINT,
    PRIMARY KEY (id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE funding_disbursement_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT,
    task_id           BIGINT,
    progress_id       BIGINT,
    unit_id           BIGINT,
    source_id         BIGINT,
    amount            BIGINT,
    disbursed_on      DATE,
    correction_reason VARCHAR(1000),
    PRIMARY KEY (id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
