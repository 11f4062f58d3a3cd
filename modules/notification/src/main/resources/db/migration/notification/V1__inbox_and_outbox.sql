-- Notifications: each person's in-app inbox, and the e-mail outbox written in the same transaction as
-- the change that caused it. A de-duplication key per recipient makes a notice exist once, however many
-- times (or on however many servers) the schedule that creates it runs.

CREATE TABLE ntf_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedup_key       VARCHAR(200)  NOT NULL,
    person_id       BIGINT        NULL,
    recipient       VARCHAR(254)  NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    subject         VARCHAR(400)  NOT NULL,
    body_text       TEXT          NOT NULL,
    body_html       MEDIUMTEXT    NOT NULL,
    task_id         BIGINT        NULL,
    report_id       BIGINT        NULL,
    state           VARCHAR(12)   NOT NULL DEFAULT 'PENDING',
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_error      VARCHAR(1000) NULL,
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    sent_at         TIMESTAMP(3)  NULL,
    CONSTRAINT ntf_outbox_dedup_uk UNIQUE (dedup_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the dispatcher's question: what is due to be sent now, oldest first
CREATE INDEX ntf_outbox_due_ix ON ntf_outbox (state, next_attempt_at, id);
CREATE INDEX ntf_outbox_task_ix ON ntf_outbox (task_id, state);

CREATE TABLE ntf_inbox (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedup_key  VARCHAR(200) NOT NULL,
    person_id  BIGINT       NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    subject    VARCHAR(400) NOT NULL,
    body_text  TEXT         NOT NULL,
    task_id    BIGINT       NULL,
    report_id  BIGINT       NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    read_at    TIMESTAMP(3) NULL,
    CONSTRAINT ntf_inbox_dedup_uk UNIQUE (person_id, dedup_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ntf_inbox_person_ix ON ntf_inbox (person_id, read_at, created_at);

CREATE TABLE ntf_preference (
    person_id BIGINT  NOT NULL PRIMARY KEY,
    digest    BOOLEAN NOT NULL DEFAULT FALSE
) ENGINE = InnoDB;

-- One row per scheduled job, locked by the job's transaction: two servers running the same job at
-- once take turns instead of racing (the second finds every notice already there).
CREATE TABLE ntf_job (
    name     VARCHAR(40)  NOT NULL PRIMARY KEY,
    last_run TIMESTAMP(3) NULL
) ENGINE = InnoDB;

INSERT INTO ntf_job (name) VALUES ('deadline-scan'), ('weekly-digest');
