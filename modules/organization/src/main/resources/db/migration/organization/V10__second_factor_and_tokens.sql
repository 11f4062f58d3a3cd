-- Second factor (TOTP, RFC 6238), recovery codes, personal API tokens, and session revocation kept in the database so
-- that it holds on every server.
--
-- totp_secret: the shared secret (Base32) once confirmed; totp_pending: one offered at enrolment, not yet confirmed by a
-- code; totp_last_step: the last 30-second step accepted, so one code is never accepted twice.
-- sessions_revoked_at: sessions and tokens issued before this moment are void (password, role or account change,
-- "sign out everywhere").

ALTER TABLE org_person
    ADD COLUMN totp_secret         VARCHAR(64),
    ADD COLUMN totp_pending        VARCHAR(64),
    ADD COLUMN totp_enabled_at     DATETIME(3),
    ADD COLUMN totp_last_step      BIGINT,
    ADD COLUMN sessions_revoked_at DATETIME(3);

-- one-time recovery codes: only their SHA-256 is kept (each has 50 random bits, salted with the person's id)
CREATE TABLE org_recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT      NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    DATETIME(3),
    CONSTRAINT org_recovery_code_person_fk FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT org_recovery_code_uq UNIQUE (person_id, code_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- personal API tokens: "cd_" and 32 random bytes shown once; only their SHA-256 is kept
CREATE TABLE org_api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    scope        VARCHAR(16)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    expires_at   DATETIME(3)  NOT NULL,
    last_used_at DATETIME(3),
    revoked_at   DATETIME(3),
    CONSTRAINT org_api_token_person_fk FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT org_api_token_hash_uq UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- who must use a second factor: STAFF (administrators and the secretariat; the default), EVERYONE, or OPTIONAL (only
-- allowed in demo mode)
ALTER TABLE org_settings
    ADD COLUMN second_factor VARCHAR(16) NOT NULL DEFAULT 'STAFF';
ALTER TABLE org_settings_aud
    ADD COLUMN second_factor VARCHAR(16);
