-- Every decision about a school in a campaign (its status, a confirmed proposal), kept as history: who, when,
-- from what to what and why. Written once, never changed.
CREATE TABLE registry_change (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id     BIGINT        NOT NULL,
    school_id       BIGINT        NOT NULL,
    kind            VARCHAR(24)   NOT NULL,
    changed_at      TIMESTAMP(3)  NOT NULL,
    changed_by      VARCHAR(255)  NOT NULL,
    changed_by_name VARCHAR(255)  NOT NULL,
    old_value       VARCHAR(255)  NULL,
    new_value       VARCHAR(255)  NULL,
    reason          VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_registry_change_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_registry_change_school FOREIGN KEY (school_id) REFERENCES school (id),
    INDEX ix_registry_change_campaign (campaign_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
