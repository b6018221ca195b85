-- Conceptual documents: the region's document types, each school's documents per campaign with their
-- versions (files stored by content address, extracted text), the curator's check in numbered rounds,
-- threaded comments, and every event on record. Nothing is updated in place without a trace.
CREATE TABLE document_type (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    region_id         BIGINT       NOT NULL,
    code              VARCHAR(32)  NOT NULL,
    title             VARCHAR(255) NOT NULL,
    position          INT          NOT NULL,
    requirement       VARCHAR(16)  NOT NULL,
    due_stage         VARCHAR(64)  NULL,
    retired           BOOLEAN      NOT NULL DEFAULT FALSE,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_document_type_code UNIQUE (region_id, code),
    CONSTRAINT fk_document_type_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id    BIGINT       NOT NULL,
    school_id      BIGINT       NOT NULL,
    type_id        BIGINT       NOT NULL,
    risk_factor_id BIGINT       NULL,
    slot           VARCHAR(64)  NOT NULL,
    title          VARCHAR(500) NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    round_no       INT          NOT NULL DEFAULT 0,
    due            DATE         NULL,
    last_change_at TIMESTAMP(3) NOT NULL,
    submitted_at   TIMESTAMP(3) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_document_slot UNIQUE (campaign_id, school_id, slot),
    CONSTRAINT fk_document_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_document_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_document_type FOREIGN KEY (type_id) REFERENCES document_type (id),
    CONSTRAINT fk_document_factor FOREIGN KEY (risk_factor_id) REFERENCES risk_factor (id),
    INDEX ix_document_state (state, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_version (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    document_id      BIGINT       NOT NULL,
    number           INT          NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    media_type       VARCHAR(128) NOT NULL,
    file_name        VARCHAR(255) NOT NULL,
    uploaded_by      VARCHAR(255) NOT NULL,
    uploaded_by_name VARCHAR(255) NOT NULL,
    uploaded_at      TIMESTAMP(3) NOT NULL,
    extraction       VARCHAR(16)  NOT NULL,
    extraction_error VARCHAR(64)  NULL,
    extracted_text   LONGTEXT     NULL,
    text_truncated   BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uq_document_version UNIQUE (document_id, number),
    CONSTRAINT fk_version_document FOREIGN KEY (document_id) REFERENCES document (id),
    INDEX ix_version_extraction (extraction)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_comment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    document_id BIGINT        NOT NULL,
    round_no    INT           NOT NULL,
    parent_id   BIGINT        NULL,
    author      VARCHAR(255)  NOT NULL,
    author_name VARCHAR(255)  NOT NULL,
    written_at  TIMESTAMP(3)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_comment_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES document_comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    document_id BIGINT        NOT NULL,
    occurred_at TIMESTAMP(3)  NOT NULL,
    actor       VARCHAR(255)  NOT NULL,
    actor_name  VARCHAR(255)  NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    round_no    INT           NOT NULL,
    version_no  INT           NULL,
    detail      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_document FOREIGN KEY (document_id) REFERENCES document (id),
    INDEX ix_event_document (document_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
