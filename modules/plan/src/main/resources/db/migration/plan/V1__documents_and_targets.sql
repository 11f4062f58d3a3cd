-- Directive documents, their targets and the dated measurements of those targets.

CREATE TABLE plan_document (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(24)   NOT NULL,
    number        VARCHAR(64)   NOT NULL,
    issue_date    DATE          NOT NULL,
    issuing_body  VARCHAR(255)  NOT NULL,
    summary       VARCHAR(2000) NOT NULL,
    period_from   INT,
    period_to     INT,
    status        VARCHAR(16)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT plan_document_number_uk UNIQUE (number),
    CONSTRAINT plan_document_period_ck CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "KH 312 implements NQ 04"
CREATE TABLE plan_document_implements (
    document_id    BIGINT NOT NULL,
    implemented_id BIGINT NOT NULL,
    PRIMARY KEY (document_id, implemented_id),
    CONSTRAINT plan_impl_document_fk FOREIGN KEY (document_id) REFERENCES plan_document (id) ON DELETE CASCADE,
    CONSTRAINT plan_impl_implemented_fk FOREIGN KEY (implemented_id) REFERENCES plan_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_target (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id     BIGINT         NOT NULL,
    pillar          VARCHAR(24)    NOT NULL,
    name            VARCHAR(500)   NOT NULL,
    unit_of_measure VARCHAR(32)    NOT NULL,
    baseline        DECIMAL(20, 4) NOT NULL,
    baseline_date   DATE           NOT NULL,
    target_value    DECIMAL(20, 4) NOT NULL,
    target_date     DATE           NOT NULL,
    direction       VARCHAR(20)    NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT plan_target_document_fk FOREIGN KEY (document_id) REFERENCES plan_document (id),
    CONSTRAINT plan_target_dates_ck CHECK (target_date > baseline_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX plan_target_document_ix ON plan_target (document_id);

CREATE TABLE plan_measurement (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target_id         BIGINT         NOT NULL,
    value             DECIMAL(20, 4) NOT NULL,
    as_of             DATE           NOT NULL,
    source            VARCHAR(500),
    reporting_unit_id BIGINT,
    recorded_by       VARCHAR(254)   NOT NULL,
    recorded_at       TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT plan_measurement_target_fk FOREIGN KEY (target_id) REFERENCES plan_target (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX plan_measurement_target_ix ON plan_measurement (target_id, as_of);
