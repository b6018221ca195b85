-- Regions (the tenants) and their municipalities.
CREATE TABLE region (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    code    VARCHAR(16)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_region_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE municipality (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    region_id BIGINT       NOT NULL,
    code      VARCHAR(32)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_municipality_code UNIQUE (region_id, code),
    CONSTRAINT fk_municipality_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
