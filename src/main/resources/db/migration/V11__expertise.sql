-- Expertise: the region's checklists (versioned; a version is never changed, a running round keeps the
-- one it started with), expertise rounds (municipal, regional, mutual) over a campaign's documents, and the
-- reviews assigned in them with their score sheets, conclusions and reminders. Declined reviews stay on
-- record beside their replacements.
CREATE TABLE checklist (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    region_id     BIGINT       NOT NULL,
    code          VARCHAR(64)  NOT NULL,
    number        INT          NOT NULL,
    title         VARCHAR(500) NOT NULL,
    document_type VARCHAR(32)  NOT NULL,
    body          LONGTEXT     NOT NULL,
    created_by    VARCHAR(255) NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_checklist_version UNIQUE (region_id, code, number),
    CONSTRAINT fk_checklist_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expertise_round (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id         BIGINT       NOT NULL,
    municipality_id     BIGINT       NULL,
    kind                VARCHAR(16)  NOT NULL,
    title               VARCHAR(500) NOT NULL,
    checklist_id        BIGINT       NOT NULL,
    reviews_per_document INT         NOT NULL,
    reviews_per_school  INT          NOT NULL,
    other_municipality  BOOLEAN      NOT NULL DEFAULT FALSE,
    blind               BOOLEAN      NOT NULL DEFAULT FALSE,
    divergence_points   INT          NOT NULL,
    due                 DATE         NOT NULL,
    state               VARCHAR(16)  NOT NULL,
    created_by          VARCHAR(255) NOT NULL,
    created_at          TIMESTAMP(3) NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_round_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_round_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_round_checklist FOREIGN KEY (checklist_id) REFERENCES checklist (id),
    CONSTRAINT ck_round_reviews CHECK (reviews_per_document BETWEEN 1 AND 10 AND reviews_per_school BETWEEN 0 AND 50)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expert_review (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    round_id          BIGINT        NOT NULL,
    document_id       BIGINT        NOT NULL,
    version_number    INT           NOT NULL,
    reviewer_username VARCHAR(255)  NULL,
    reviewer_name     VARCHAR(255)  NULL,
    reviewer_school_id BIGINT       NULL,
    state             VARCHAR(16)   NOT NULL,
    answers           LONGTEXT      NULL,
    recommendations   TEXT          NULL,
    score_share       DECIMAL(7, 4) NULL,
    verdict           VARCHAR(24)   NULL,
    declined_reason   VARCHAR(2000) NULL,
    conclusion_sha256 CHAR(64)      NULL,
    school_conclusion_sha256 CHAR(64) NULL,
    assigned_by       VARCHAR(255)  NOT NULL,
    assigned_at       TIMESTAMP(3)  NOT NULL,
    opened_at         TIMESTAMP(3)  NULL,
    saved_at          TIMESTAMP(3)  NULL,
    submitted_by      VARCHAR(255)  NULL,
    submitted_at      TIMESTAMP(3)  NULL,
    reminded_before   BOOLEAN       NOT NULL DEFAULT FALSE,
    reminded_after    BOOLEAN       NOT NULL DEFAULT FALSE,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_round FOREIGN KEY (round_id) REFERENCES expertise_round (id),
    CONSTRAINT fk_review_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_review_school FOREIGN KEY (reviewer_school_id) REFERENCES school (id),
    CONSTRAINT ck_review_reviewer CHECK ((reviewer_username IS NULL) <> (reviewer_school_id IS NULL)),
    INDEX ix_review_round (round_id, state),
    INDEX ix_review_expert (reviewer_username, state),
    INDEX ix_review_school (reviewer_school_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
