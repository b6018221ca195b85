-- Monitoring (issue 18): a region's indicators as data — computed from the portal's own facts (a formula that counts a
-- numerator of a denominator per school) or entered per school at a monitoring date — with a target, a warning
-- threshold for the traffic light, which way is better, and the seed that asks for it. The seeds' indicators are
-- built in for every region on first use. Values are kept per school and monitoring date, with who entered them and
-- when, and every change. A school's report at a date says it has given what the date asks; a coordinator's exception
-- lets a school report after the window locked, with a reason, until a day. region_code of the settings and the
-- indicators places them for tenancy; values, reports and exceptions belong to their school.
CREATE TABLE monitoring_settings (
    region_code         VARCHAR(32) NOT NULL,
    window_days         INT         NOT NULL,
    escalate_after_days INT         NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (region_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    region_code VARCHAR(32)   NOT NULL,
    code        VARCHAR(48)   NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(500)  NOT NULL,
    unit        VARCHAR(16)   NOT NULL,
    formula     VARCHAR(48)   NULL,
    target      DECIMAL(12,2) NOT NULL,
    warning     DECIMAL(12,2) NOT NULL,
    direction   VARCHAR(24)   NOT NULL,
    source      VARCHAR(500)  NULL,
    built_in    BOOLEAN       NOT NULL,
    retired     BOOLEAN       NOT NULL DEFAULT FALSE,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_indicator_code UNIQUE (region_code, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_value (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    indicator_id    BIGINT        NOT NULL,
    campaign_id     BIGINT        NOT NULL,
    school_id       BIGINT        NOT NULL,
    monitoring_date DATE          NOT NULL,
    value           DECIMAL(12,2) NOT NULL,
    entered_by      VARCHAR(255)  NOT NULL,
    entered_by_name VARCHAR(255)  NOT NULL,
    entered_at      TIMESTAMP(3)  NOT NULL,
    under_exception BOOLEAN       NOT NULL DEFAULT FALSE,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_indicator_value UNIQUE (indicator_id, school_id, monitoring_date),
    CONSTRAINT fk_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_value_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_value_school FOREIGN KEY (school_id) REFERENCES school (id),
    INDEX ix_value_campaign_date (campaign_id, monitoring_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_value_change (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    value_id   BIGINT        NOT NULL,
    old_value  DECIMAL(12,2) NULL,
    new_value  DECIMAL(12,2) NOT NULL,
    by_user    VARCHAR(255)  NOT NULL,
    by_name    VARCHAR(255)  NOT NULL,
    changed_at TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_change_value FOREIGN KEY (value_id) REFERENCES indicator_value (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE monitoring_report (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id       BIGINT       NOT NULL,
    school_id         BIGINT       NOT NULL,
    monitoring_date   DATE         NOT NULL,
    submitted_by      VARCHAR(255) NOT NULL,
    submitted_by_name VARCHAR(255) NOT NULL,
    submitted_at      TIMESTAMP(3) NOT NULL,
    on_time           BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_monitoring_report UNIQUE (campaign_id, school_id, monitoring_date),
    CONSTRAINT fk_report_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_report_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reporting_exception (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id     BIGINT        NOT NULL,
    school_id       BIGINT        NOT NULL,
    monitoring_date DATE          NOT NULL,
    until_day       DATE          NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    granted_by      VARCHAR(255)  NOT NULL,
    granted_by_name VARCHAR(255)  NOT NULL,
    granted_at      TIMESTAMP(3)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_reporting_exception UNIQUE (campaign_id, school_id, monitoring_date),
    CONSTRAINT fk_exception_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_exception_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
