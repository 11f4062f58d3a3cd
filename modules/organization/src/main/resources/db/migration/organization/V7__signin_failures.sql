-- Failed sign-ins counted where every server sees them (ASVS 5.0, 6.3): per account and address together, and per
-- address across accounts. Keys are SHA-256 digests, so the table holds no e-mail or address in the clear; rows expire a
-- day after their last failure.

CREATE TABLE org_signin_failure (
    key_hash      VARCHAR(64) NOT NULL PRIMARY KEY,
    failures      INT         NOT NULL,
    last_failure  DATETIME(3) NOT NULL,
    blocked_until DATETIME(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX org_signin_failure_last_ix ON org_signin_failure (last_failure);
