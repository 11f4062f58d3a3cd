-- Evidence files attached to progress reports. The bytes live in the database, in the same
-- transaction as their record: a refused or failed upload leaves nothing behind.

CREATE TABLE task_evidence (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id      BIGINT       NOT NULL,
    progress_id  BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  VARCHAR(254) NOT NULL,
    uploaded_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT task_evidence_task_fk FOREIGN KEY (task_id) REFERENCES task_task (id) ON DELETE CASCADE,
    CONSTRAINT task_evidence_progress_fk FOREIGN KEY (progress_id) REFERENCES task_progress (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX task_evidence_task_ix ON task_evidence (task_id);

CREATE TABLE task_evidence_content (
    evidence_id BIGINT   NOT NULL PRIMARY KEY,
    content     LONGBLOB NOT NULL,
    CONSTRAINT task_evidence_content_fk FOREIGN KEY (evidence_id) REFERENCES task_evidence (id) ON DELETE CASCADE
) ENGINE = InnoDB;
