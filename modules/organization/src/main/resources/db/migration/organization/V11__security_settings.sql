-- The sign-in security settings an administrator changes on the settings page: how long a page session may last however
-- busy (hours), and how long the audit log keeps its entries (days). Entries older than that are removed each night; the
-- last removed entry's place and hash are kept as the anchor from which the chain is verified.

ALTER TABLE org_settings
    ADD COLUMN session_max_hours    INT NOT NULL DEFAULT 12,
    ADD COLUMN audit_retention_days INT NOT NULL DEFAULT 365;

ALTER TABLE org_settings_aud
    ADD COLUMN session_max_hours    INT,
    ADD COLUMN audit_retention_days INT;

CREATE TABLE org_audit_anchor (
    id   INT         NOT NULL PRIMARY KEY,
    seq  BIGINT      NOT NULL,
    hash VARCHAR(64) NOT NULL,
    CONSTRAINT org_audit_anchor_one_ck CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
