-- History of changes (Hibernate Envers): one row per committed change set, and the audit copies
-- of units and people. Other modules' audit tables refer to org_revision by its id (rev).

CREATE TABLE org_revision (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at_epoch_ms BIGINT       NOT NULL,
    actor       VARCHAR(254) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_unit_aud (
    id             BIGINT       NOT NULL,
    rev            BIGINT       NOT NULL,
    revtype        TINYINT,
    code           VARCHAR(32),
    name           VARCHAR(255),
    short_name     VARCHAR(64),
    kind           VARCHAR(32),
    parent_id      BIGINT,
    effective_from DATE,
    effective_to   DATE,
    successor_id   BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT org_unit_aud_rev_fk FOREIGN KEY (rev) REFERENCES org_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_person_aud (
    id        BIGINT       NOT NULL,
    rev       BIGINT       NOT NULL,
    revtype   TINYINT,
    email     VARCHAR(254),
    full_name VARCHAR(200),
    unit_id   BIGINT,
    locale    VARCHAR(8),
    active    BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT org_person_aud_rev_fk FOREIGN KEY (rev) REFERENCES org_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_person_role_aud (
    rev       BIGINT      NOT NULL,
    revtype   TINYINT,
    person_id BIGINT      NOT NULL,
    role      VARCHAR(32) NOT NULL,
    PRIMARY KEY (rev, person_id, role),
    CONSTRAINT org_person_role_aud_rev_fk FOREIGN KEY (rev) REFERENCES org_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
