-- The school directory's details, campaigns per school year, assessment results and the
-- identification rule of each region.
ALTER TABLE school
    ADD COLUMN short_name       VARCHAR(255) NULL,
    ADD COLUMN kind             VARCHAR(32)  NOT NULL DEFAULT 'SECONDARY',
    ADD COLUMN locality         VARCHAR(8)   NOT NULL DEFAULT 'URBAN',
    ADD COLUMN settlement       VARCHAR(255) NULL,
    ADD COLUMN address          VARCHAR(500) NULL,
    ADD COLUMN parent_school_id BIGINT       NULL,
    ADD COLUMN phone            VARCHAR(64)  NULL,
    ADD COLUMN email            VARCHAR(255) NULL,
    ADD COLUMN head_name        VARCHAR(255) NULL,
    ADD CONSTRAINT fk_school_parent FOREIGN KEY (parent_school_id) REFERENCES school (id),
    ADD INDEX ix_school_name (name);

CREATE TABLE campaign (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    region_id               BIGINT       NOT NULL,
    school_year             INT          NOT NULL,
    name                    VARCHAR(255) NOT NULL,
    identification_until    DATE         NULL,
    setup_until             DATE         NULL,
    diagnostics_until       DATE         NULL,
    documents_due           DATE         NULL,
    expertise_until         DATE         NULL,
    mutual_expertise_until  DATE         NULL,
    contest_until           DATE         NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_campaign_year UNIQUE (region_id, school_year),
    CONSTRAINT fk_campaign_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_monitoring_date (
    campaign_id BIGINT NOT NULL,
    due         DATE   NOT NULL,
    PRIMARY KEY (campaign_id, due),
    CONSTRAINT fk_monitoring_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_school (
    campaign_id BIGINT        NOT NULL,
    school_id   BIGINT        NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    reason      VARCHAR(1000) NULL,
    decided_by  VARCHAR(255)  NULL,
    decided_at  TIMESTAMP(3)  NULL,
    PRIMARY KEY (campaign_id, school_id),
    CONSTRAINT fk_campaign_school_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_school_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment_result (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    school_id  BIGINT       NOT NULL,
    school_year    INT          NOT NULL,
    procedure_code VARCHAR(16)  NOT NULL,
    subject    VARCHAR(100) NOT NULL,
    fail_share DECIMAL(5, 2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_assessment UNIQUE (school_id, school_year, procedure_code, subject),
    CONSTRAINT fk_assessment_school FOREIGN KEY (school_id) REFERENCES school (id),
    INDEX ix_assessment_year (school_year, school_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE identification_rule (
    region_id                    BIGINT        NOT NULL,
    threshold                    DECIMAL(5, 2) NOT NULL,
    procedures_last_year         INT           NOT NULL,
    procedures_each_of_two_years INT           NOT NULL,
    version                      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (region_id),
    CONSTRAINT fk_rule_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE identification_threshold (
    region_id      BIGINT        NOT NULL,
    procedure_code VARCHAR(16)   NOT NULL,
    threshold      DECIMAL(5, 2) NOT NULL,
    PRIMARY KEY (region_id, procedure_code),
    CONSTRAINT fk_threshold_rule FOREIGN KEY (region_id) REFERENCES identification_rule (region_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
