-- The installation's own identity, set on a page by its administrator (not at deployment): the province and
-- the issuing body printed on every document, the place of the date line, the symbol, recipients and signer.
-- One row; the server's CHIDAO_REPORTS_* variables only fill it on first start.

CREATE TABLE org_settings (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    province_name        VARCHAR(100)  NOT NULL,
    parent_body          VARCHAR(200)  NOT NULL,
    issuer               VARCHAR(200)  NOT NULL,
    committee_name       VARCHAR(300)  NOT NULL,
    place                VARCHAR(100)  NOT NULL,
    symbol               VARCHAR(32)   NOT NULL,
    recipients           VARCHAR(2000) NOT NULL,
    signer_title         VARCHAR(300)  NOT NULL,
    signer_name          VARCHAR(200),
    default_issuing_body VARCHAR(200)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT org_settings_one_ck CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_settings_aud (
    id                   BIGINT        NOT NULL,
    rev                  BIGINT        NOT NULL,
    revtype              TINYINT,
    province_name        VARCHAR(100),
    parent_body          VARCHAR(200),
    issuer               VARCHAR(200),
    committee_name       VARCHAR(300),
    place                VARCHAR(100),
    symbol               VARCHAR(32),
    recipients           VARCHAR(2000),
    signer_title         VARCHAR(300),
    signer_name          VARCHAR(200),
    default_issuing_body VARCHAR(200),
    PRIMARY KEY (id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
