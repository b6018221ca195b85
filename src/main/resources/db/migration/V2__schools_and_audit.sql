-- Schools (the registry issue extends this table) and the security audit log.
CREATE TABLE school (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    municipality_id BIGINT       NOT NULL,
    code            VARCHAR(64)  NOT NULL,
    name            VARCHAR(500) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_school_code UNIQUE (municipality_id, code),
    CONSTRAINT fk_school_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at    TIMESTAMP(3)  NOT NULL,
    type           VARCHAR(32)   NOT NULL,
    actor_subject  VARCHAR(64)   NULL,
    actor_username VARCHAR(255)  NULL,
    region_code    VARCHAR(16)   NULL,
    scope_path     VARCHAR(255)  NULL,
    target         VARCHAR(255)  NULL,
    detail         VARCHAR(1000) NULL,
    client_address VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_region_time (region_code, occurred_at),
    INDEX ix_audit_type_time (type, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
