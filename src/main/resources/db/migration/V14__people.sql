-- The person record: who a Keycloak user is to the portal, keyed by Keycloak's user id (the token's subject).
-- Names and e-mail are refreshed from the token at every login; the rest is the person's own choices
-- (language, which notifications also come by e-mail), their consent under 152-ФЗ with its date, and their
-- home organisation (a school or a municipality: set by a coordinator, or taken from the grant when the
-- person holds roles at exactly one place). region_code and municipality_key place the record for tenancy:
-- a regional operator sees the records of their region, a municipal coordinator those of their
-- municipality, and everyone their own.
CREATE TABLE person (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    subject          VARCHAR(64)   NOT NULL,
    username         VARCHAR(255)  NOT NULL,
    full_name        VARCHAR(255)  NOT NULL,
    email            VARCHAR(320)  NULL,
    region_code      VARCHAR(32)   NULL,
    municipality_key VARCHAR(80)   NULL,
    home_scope       VARCHAR(120)  NULL,
    home_source      VARCHAR(12)   NULL,
    language         VARCHAR(8)    NOT NULL,
    portal_only      VARCHAR(200)  NOT NULL,
    consent_at       TIMESTAMP(3)  NULL,
    consent_version  INT           NULL,
    created_at       TIMESTAMP(3)  NOT NULL,
    last_login_at    TIMESTAMP(3)  NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_person_subject UNIQUE (subject),
    CONSTRAINT ck_person_home_source CHECK (home_source IS NULL OR home_source IN ('GRANT', 'COORDINATOR')),
    CONSTRAINT ck_person_home CHECK ((home_scope IS NULL) = (home_source IS NULL)),
    INDEX ix_person_username (username),
    INDEX ix_person_region (region_code),
    INDEX ix_person_municipality (municipality_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The record's history: what changed, from what to what, who changed it and when.
CREATE TABLE person_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    person_id   BIGINT        NOT NULL,
    changed_at  TIMESTAMP(3)  NOT NULL,
    changed_by  VARCHAR(255)  NOT NULL,
    field       VARCHAR(32)   NOT NULL,
    old_value   VARCHAR(500)  NULL,
    new_value   VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_person_change_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_person_change_person (person_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
