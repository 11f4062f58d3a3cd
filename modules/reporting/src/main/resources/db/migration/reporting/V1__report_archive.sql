-- The report archive: every generated briefing, scorecard and task sheet with what it was asked for,
-- who generated it, when, and the SHA-256 of its bytes, which are kept so it can be downloaded again
-- exactly as it was first handed out.

CREATE TABLE rpt_schedule (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT       NULL,
    frequency    VARCHAR(16)  NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    last_period  VARCHAR(16)  NULL,
    created_by   VARCHAR(254) NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version      BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rpt_report (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(16)  NOT NULL,
    format       VARCHAR(8)   NOT NULL,
    title        VARCHAR(600) NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    document_id  BIGINT       NULL,
    unit_id      BIGINT       NULL,
    task_id      BIGINT       NULL,
    as_of        DATE         NOT NULL,
    parameters   VARCHAR(500) NOT NULL,
    generated_by VARCHAR(254) NOT NULL,
    generated_at TIMESTAMP(3) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    schedule_id  BIGINT       NULL,
    period       VARCHAR(16)  NULL,
    -- a schedule produces one briefing per period, whichever server's job gets there first
    CONSTRAINT rpt_report_period_uk UNIQUE (schedule_id, period),
    CONSTRAINT rpt_report_schedule_fk FOREIGN KEY (schedule_id) REFERENCES rpt_schedule (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX rpt_report_generated_ix ON rpt_report (generated_at);
CREATE INDEX rpt_report_unit_ix ON rpt_report (unit_id, generated_at);

CREATE TABLE rpt_report_content (
    report_id BIGINT   NOT NULL PRIMARY KEY,
    content   LONGBLOB NOT NULL,
    CONSTRAINT rpt_report_content_fk FOREIGN KEY (report_id) REFERENCES rpt_report (id) ON DELETE CASCADE
) ENGINE = InnoDB;
