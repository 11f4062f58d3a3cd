-- The installation's emblem or logo, shown on the sign-in page, in a row of its own so that reading the settings
-- (every page, every report) does not read the picture. The history keeps its SHA-256 with the settings.

CREATE TABLE org_logo (
    id           BIGINT      NOT NULL PRIMARY KEY,
    content      MEDIUMBLOB  NOT NULL,
    content_type VARCHAR(32) NOT NULL,
    CONSTRAINT org_logo_one_ck CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE org_settings ADD COLUMN logo_sha256 VARCHAR(64);
ALTER TABLE org_settings_aud ADD COLUMN logo_sha256 VARCHAR(64);
