-- Task-list filters a person names and keeps for themselves: the list page's query string.
CREATE TABLE task_saved_filter (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_email  VARCHAR(254)  NOT NULL,
    name         VARCHAR(80)   NOT NULL,
    query        VARCHAR(1000) NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT task_saved_filter_name_uq UNIQUE (owner_email, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
