-- The practice bank: methodological practices that worked (contest winners, experts' and coordinators'
-- picks), published by a region's operator or a municipality's coordinator, readable by everyone.
CREATE TABLE practice (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    region_id         BIGINT        NOT NULL,
    municipality_id   BIGINT        NULL,
    school_id         BIGINT        NULL,
    region_code       VARCHAR(16)   NOT NULL,
    municipality_code VARCHAR(64)   NULL,
    school_code       VARCHAR(64)   NULL,
    place             VARCHAR(1000) NOT NULL,
    title             VARCHAR(500)  NOT NULL,
    summary           TEXT          NOT NULL,
    level             VARCHAR(16)   NOT NULL,
    subject           VARCHAR(100)  NULL,
    author            VARCHAR(255)  NULL,
    source            VARCHAR(24)   NOT NULL,
    published_by      VARCHAR(255)  NOT NULL,
    published_by_name VARCHAR(255)  NOT NULL,
    published_at      TIMESTAMP(3)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_practice_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_practice_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_practice_school FOREIGN KEY (school_id) REFERENCES school (id),
    INDEX ix_practice_published (published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practice_risk_factor (
    practice_id    BIGINT NOT NULL,
    federal_number INT    NOT NULL,
    PRIMARY KEY (practice_id, federal_number),
    CONSTRAINT ck_practice_factor CHECK (federal_number BETWEEN 1 AND 10),
    CONSTRAINT fk_practice_factor FOREIGN KEY (practice_id) REFERENCES practice (id),
    INDEX ix_practice_factor (federal_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practice_file (
    practice_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    media_type  VARCHAR(128) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    PRIMARY KEY (practice_id, position),
    CONSTRAINT fk_practice_file FOREIGN KEY (practice_id) REFERENCES practice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
