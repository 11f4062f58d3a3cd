-- A POST sent twice with the same Idempotency-Key (a phone on a weak network retrying, a double click) creates once and
-- answers the second time as the first: the first answer is kept here for a day, under a digest of who sent it, where and
-- the key. A row without a status is a request still being handled.

CREATE TABLE org_idempotency (
    key_hash     VARCHAR(64)  NOT NULL PRIMARY KEY,
    created_at   DATETIME(3)  NOT NULL,
    status       INT,
    content_type VARCHAR(200),
    location     VARCHAR(1000),
    body         MEDIUMBLOB
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX org_idempotency_created_ix ON org_idempotency (created_at);
