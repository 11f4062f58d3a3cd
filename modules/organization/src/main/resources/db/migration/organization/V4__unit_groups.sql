-- Named groups of units as plans name them ("UBND các xã, phường", "Các đơn vị sự nghiệp thuộc tỉnh"): a group
-- written as a task's lead means one task per member, as cooperation every member. name_key is the name as
-- compared (lower case, no diacritics), so "Các sở, ban, ngành" and "cac so, ban, nganh" are one group.

CREATE TABLE org_unit_group (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name     VARCHAR(255) NOT NULL,
    name_key VARCHAR(255) NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT org_unit_group_key_uk UNIQUE (name_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_unit_group_member (
    group_id BIGINT NOT NULL,
    unit_id  BIGINT NOT NULL,
    PRIMARY KEY (group_id, unit_id),
    CONSTRAINT org_unit_group_member_group_fk FOREIGN KEY (group_id) REFERENCES org_unit_group (id),
    CONSTRAINT org_unit_group_member_unit_fk FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_unit_group_aud (
    id       BIGINT       NOT NULL,
    rev      BIGINT       NOT NULL,
    revtype  TINYINT,
    name     VARCHAR(255),
    name_key VARCHAR(255),
    PRIMARY KEY (id, rev),
    CONSTRAINT org_unit_group_aud_rev_fk FOREIGN KEY (rev) REFERENCES org_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_unit_group_member_aud (
    rev      BIGINT NOT NULL,
    revtype  TINYINT,
    group_id BIGINT NOT NULL,
    unit_id  BIGINT NOT NULL,
    PRIMARY KEY (rev, group_id, unit_id),
    CONSTRAINT org_unit_group_member_aud_rev_fk FOREIGN KEY (rev) REFERENCES org_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
