-- Risk profiles: each campaign's catalogue of risk factors (the federal ten, or the region's wording
-- copied from its previous campaign, plus its own), a profile per supported school and campaign with a
-- significance per factor and the factors chosen, and every change of a profile as its story.
CREATE TABLE risk_factor (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id    BIGINT       NOT NULL,
    position       INT          NOT NULL,
    title          VARCHAR(500) NOT NULL,
    federal_number INT          NULL,
    retired        BOOLEAN      NOT NULL DEFAULT FALSE,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_risk_factor_position UNIQUE (campaign_id, position),
    CONSTRAINT uq_risk_factor_federal UNIQUE (campaign_id, federal_number),
    CONSTRAINT ck_risk_factor_position CHECK (position >= 1),
    CONSTRAINT ck_risk_factor_federal CHECK (federal_number BETWEEN 1 AND 10),
    CONSTRAINT fk_risk_factor_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE risk_profile (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id      BIGINT       NOT NULL,
    school_id        BIGINT       NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    verified_by      VARCHAR(255) NULL,
    verified_by_name VARCHAR(255) NULL,
    verified_at      TIMESTAMP(3) NULL,
    story_length     INT          NOT NULL DEFAULT 0,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_risk_profile UNIQUE (campaign_id, school_id),
    CONSTRAINT fk_risk_profile_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_risk_profile_school FOREIGN KEY (school_id) REFERENCES school (id),
    INDEX ix_risk_profile_school (school_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE risk_profile_mark (
    profile_id   BIGINT     NOT NULL,
    factor_id    BIGINT     NOT NULL,
    significance VARCHAR(8) NOT NULL,
    chosen       BOOLEAN    NOT NULL DEFAULT FALSE,
    PRIMARY KEY (profile_id, factor_id),
    CONSTRAINT fk_risk_mark_profile FOREIGN KEY (profile_id) REFERENCES risk_profile (id),
    CONSTRAINT fk_risk_mark_factor FOREIGN KEY (factor_id) REFERENCES risk_factor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE risk_profile_change (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    profile_id      BIGINT       NOT NULL,
    line_no         INT          NOT NULL,
    changed_at      TIMESTAMP(3) NOT NULL,
    changed_by      VARCHAR(255) NOT NULL,
    changed_by_name VARCHAR(255) NOT NULL,
    kind            VARCHAR(24)  NOT NULL,
    factor_position INT          NULL,
    factor_title    VARCHAR(500) NULL,
    old_value       VARCHAR(8)   NULL,
    new_value       VARCHAR(8)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_risk_change_line UNIQUE (profile_id, line_no),
    CONSTRAINT fk_risk_change_profile FOREIGN KEY (profile_id) REFERENCES risk_profile (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
