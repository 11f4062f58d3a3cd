-- Organisation units with their succession, and the people who sign in.

CREATE TABLE org_unit (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(32)  NOT NULL,
    name           VARCHAR(255) NOT NULL,
    short_name     VARCHAR(64),
    kind           VARCHAR(32)  NOT NULL,
    parent_id      BIGINT,
    effective_from DATE,
    effective_to   DATE,
    successor_id   BIGINT,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT org_unit_code_uk UNIQUE (code),
    CONSTRAINT org_unit_parent_fk FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT org_unit_successor_fk FOREIGN KEY (successor_id) REFERENCES org_unit (id),
    CONSTRAINT org_unit_dates_ck CHECK (effective_to IS NULL OR effective_from IS NULL OR effective_to >= effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX org_unit_kind_ix ON org_unit (kind);

-- Other names a unit goes by in documents ("Sở TT&TT"), for matching imported spreadsheets.
CREATE TABLE org_unit_alias (
    unit_id BIGINT       NOT NULL,
    alias   VARCHAR(128) NOT NULL,
    PRIMARY KEY (unit_id, alias),
    CONSTRAINT org_unit_alias_unit_fk FOREIGN KEY (unit_id) REFERENCES org_unit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_person (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    unit_id       BIGINT,
    password_hash VARCHAR(255),
    locale        VARCHAR(8)   NOT NULL DEFAULT 'vi',
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT org_person_email_uk UNIQUE (email),
    CONSTRAINT org_person_unit_fk FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX org_person_unit_ix ON org_person (unit_id);

CREATE TABLE org_person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(32) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT org_person_role_person_fk FOREIGN KEY (person_id) REFERENCES org_person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
