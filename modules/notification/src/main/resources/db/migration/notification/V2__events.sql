-- What happened, recorded in the transaction of the change with a single row; it is turned into each
-- person's notices just after, outside that transaction, so an import of a thousand tasks stays quick.
CREATE TABLE ntf_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type         VARCHAR(32)   NOT NULL,
    task_id      BIGINT        NULL,
    report_id    BIGINT        NULL,
    units        VARCHAR(1000) NULL,
    flag         BOOLEAN       NOT NULL DEFAULT FALSE,
    detail       VARCHAR(1000) NULL,
    size_bytes   BIGINT        NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    processed_at TIMESTAMP(3)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ntf_event_pending_ix ON ntf_event (processed_at, id);

-- a scan asks which of its notices exist already, by key
CREATE INDEX ntf_inbox_key_ix ON ntf_inbox (dedup_key);
