-- The conversation around a task (trao đổi, ý kiến): comments and questions of the lead and cooperating units and the
-- secretariat, and the directions (ý kiến chỉ đạo) of committee members. Written once, never edited; the audit log keeps
-- who wrote what.

CREATE TABLE task_comment (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id     BIGINT        NOT NULL,
    kind        VARCHAR(12)   NOT NULL,
    unit_id     BIGINT,
    author      VARCHAR(254)  NOT NULL,
    author_name VARCHAR(200),
    text        VARCHAR(4000) NOT NULL,
    written_at  DATETIME(3)   NOT NULL,
    CONSTRAINT task_comment_task_fk FOREIGN KEY (task_id) REFERENCES task_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX task_comment_by_task ON task_comment (task_id, written_at);
