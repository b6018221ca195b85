-- Search: a region's own synonym groups (abbreviations and their expansions that find each other), added to
-- the built-in list by the region's operator. Who created and who last changed a group, and when, is on the
-- row; every addition, change and removal is also in the audit log.
CREATE TABLE search_synonym_group (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    region_id       BIGINT       NOT NULL,
    region_code     VARCHAR(16)  NOT NULL,
    created_by      VARCHAR(255) NOT NULL,
    created_by_name VARCHAR(255) NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    changed_by      VARCHAR(255) NOT NULL,
    changed_by_name VARCHAR(255) NOT NULL,
    changed_at      TIMESTAMP(3) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_synonym_group_region FOREIGN KEY (region_id) REFERENCES region (id),
    INDEX ix_synonym_group_region (region_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The phrases of a group in the order the operator gave them (at most 20 of 200 characters, checked by the
-- application against the search's analysis chain).
CREATE TABLE search_synonym_phrase (
    group_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    phrase   VARCHAR(200) NOT NULL,
    PRIMARY KEY (group_id, position),
    CONSTRAINT fk_synonym_phrase_group FOREIGN KEY (group_id) REFERENCES search_synonym_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
