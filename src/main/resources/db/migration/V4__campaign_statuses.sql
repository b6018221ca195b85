-- A school's standing in a campaign: its status (ШНОР, ШССУ, curator school, other) as decided by
-- the regional operator, whether the rule proposed it, and the flags a human sets (Rosobrnadzor's
-- list of unreliable ВПР results, the social well-being index).
-- Nothing wrote campaign_school before this version: it is recreated with a surrogate key.
DROP TABLE campaign_school;

CREATE TABLE campaign_school (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id BIGINT        NOT NULL,
    school_id   BIGINT        NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    proposed    BOOLEAN       NOT NULL DEFAULT FALSE,
    reason      VARCHAR(1000) NULL,
    decided_by  VARCHAR(255)  NULL,
    decided_at  TIMESTAMP(3)  NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_campaign_school UNIQUE (campaign_id, school_id),
    CONSTRAINT fk_campaign_school_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_school_school FOREIGN KEY (school_id) REFERENCES school (id),
    INDEX ix_campaign_school_status (campaign_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_school_flags (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id            BIGINT        NOT NULL,
    school_id              BIGINT        NOT NULL,
    unreliable_results     BOOLEAN       NOT NULL DEFAULT FALSE,
    social_wellbeing_index DECIMAL(5, 2) NULL,
    note                   VARCHAR(1000) NULL,
    set_by                 VARCHAR(255)  NOT NULL,
    set_at                 TIMESTAMP(3)  NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_campaign_school_flags UNIQUE (campaign_id, school_id),
    CONSTRAINT fk_flags_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_flags_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
