-- A unit split among several units (a district whose duties went to communes and departments) names them as its heirs;
-- a merged unit keeps its one successor (org_unit.successor_id), a dissolved one has neither.

CREATE TABLE org_unit_heir (
    unit_id BIGINT NOT NULL,
    heir_id BIGINT NOT NULL,
    PRIMARY KEY (unit_id, heir_id),
    CONSTRAINT org_unit_heir_unit_fk FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT org_unit_heir_heir_fk FOREIGN KEY (heir_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_unit_heir_aud (
    rev     BIGINT NOT NULL,
    revtype TINYINT,
    unit_id BIGINT NOT NULL,
    heir_id BIGINT NOT NULL,
    PRIMARY KEY (rev, unit_id, heir_id),
    CONSTRAINT org_unit_heir_aud_rev_fk FOREIGN KEY (rev) REFERENCES org_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
