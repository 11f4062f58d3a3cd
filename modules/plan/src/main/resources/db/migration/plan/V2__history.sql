-- Audit copies (Hibernate Envers) of documents, targets and measurements; rev is org_revision.id.

CREATE TABLE plan_document_aud (
    id           BIGINT        NOT NULL,
    rev          BIGINT        NOT NULL,
    revtype      TINYINT,
    kind         VARCHAR(24),
    number       VARCHAR(64),
    issue_date   DATE,
    issuing_body VARCHAR(255),
    summary      VARCHAR(2000),
    period_from  INT,
    period_to    INT,
    status       VARCHAR(16),
    PRIMARY KEY (id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_target_aud (
    id              BIGINT         NOT NULL,
    rev             BIGINT         NOT NULL,
    revtype         TINYINT,
    document_id     BIGINT,
    pillar          VARCHAR(24),
    name            VARCHAR(500),
    unit_of_measure VARCHAR(32),
    baseline        DECIMAL(20, 4),
    baseline_date   DATE,
    target_value    DECIMAL(20, 4),
    target_date     DATE,
    direction       VARCHAR(20),
    PRIMARY KEY (id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_measurement_aud (
    id                BIGINT         NOT NULL,
    rev               BIGINT         NOT NULL,
    revtype           TINYINT,
    target_id         BIGINT,
    value             DECIMAL(20, 4),
    as_of             DATE,
    source            VARCHAR(500),
    reporting_unit_id BIGINT,
    recorded_by       VARCHAR(254),
    PRIMARY KEY (id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
