-- The security audit log (ASVS 5.0, 16): sign-ins and their failures, throttling, sign-out, password and account changes,
-- the installation's settings. Append-only and tamper-evident: each entry's hash is SHA-256 over the previous entry's hash
-- and its own fields, so a changed or removed row breaks the chain at the first place it was touched. Grant the application's
-- database account only SELECT and INSERT on this table (README, "Security").

CREATE TABLE org_audit (
    seq       BIGINT        NOT NULL PRIMARY KEY,
    at        DATETIME(3)   NOT NULL,
    at_offset VARCHAR(6)    NOT NULL,
    actor     VARCHAR(254)  NOT NULL,
    address   VARCHAR(64),
    action    VARCHAR(40)   NOT NULL,
    subject   VARCHAR(254),
    detail    VARCHAR(1000),
    prev_hash VARCHAR(64)   NOT NULL,
    hash      VARCHAR(64)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX org_audit_at_ix ON org_audit (at);
CREATE INDEX org_audit_actor_ix ON org_audit (actor);
