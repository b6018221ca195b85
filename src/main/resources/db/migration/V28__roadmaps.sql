-- Electronic roadmaps (issue 18): a school's per campaign, a municipality's, the region's. A roadmap holds numbered
-- measures (what, start and due date, who answers for it, the risk factor it addresses, the result or indicator of
-- completion with its target), each with its completion (reported with evidence, confirmed or returned by the
-- checker) or its cancellation with a reason. A school's roadmap goes to its curator as documents do; the first
-- confirmation freezes a baseline (a snapshot of the measures), later confirmations are further snapshots, and the
-- drift from the baseline is computed from them. Every change is an event. region_code, municipality_key and
-- school_key place a roadmap for tenancy: whoever holds its whole region, its whole municipality or (for a school's)
-- the school sees it.
CREATE TABLE roadmap (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id      BIGINT       NOT NULL,
    roadmap_level    VARCHAR(16)  NOT NULL,
    region_code      VARCHAR(32)  NOT NULL,
    municipality_key VARCHAR(80)  NULL,
    school_key       VARCHAR(120) NULL,
    owner_key        VARCHAR(120) NOT NULL,
    municipality_id  BIGINT       NULL,
    school_id        BIGINT       NULL,
    state            VARCHAR(16)  NOT NULL,
    round_no         INT          NOT NULL DEFAULT 0,
    submitted_at     TIMESTAMP(3) NULL,
    last_change_at   TIMESTAMP(3) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_roadmap_owner UNIQUE (campaign_id, owner_key),
    CONSTRAINT fk_roadmap_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_roadmap_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_roadmap_school FOREIGN KEY (school_id) REFERENCES school (id),
    INDEX ix_roadmap_state (state, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE roadmap_measure (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    roadmap_id        BIGINT        NOT NULL,
    position          INT           NOT NULL,
    section           VARCHAR(500)  NULL,
    title             VARCHAR(2000) NOT NULL,
    start_on          DATE          NULL,
    due_on            DATE          NOT NULL,
    responsible       VARCHAR(500)  NOT NULL,
    risk_factor_id    BIGINT        NULL,
    result            VARCHAR(2000) NULL,
    completion        VARCHAR(16)   NOT NULL DEFAULT 'NONE',
    done_on           DATE          NULL,
    completion_note   VARCHAR(2000) NULL,
    cancel_reason     VARCHAR(2000) NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_measure_roadmap FOREIGN KEY (roadmap_id) REFERENCES roadmap (id),
    CONSTRAINT fk_measure_factor FOREIGN KEY (risk_factor_id) REFERENCES risk_factor (id),
    INDEX ix_measure_due (roadmap_id, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A measure's evidence: a file (stored by content address under the documents' rules) or a link.
CREATE TABLE roadmap_evidence (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    measure_id    BIGINT        NOT NULL,
    link          VARCHAR(2000) NULL,
    sha256        CHAR(64)      NULL,
    file_name     VARCHAR(255)  NULL,
    media_type    VARCHAR(128)  NULL,
    size_bytes    BIGINT        NULL,
    added_by      VARCHAR(255)  NOT NULL,
    added_by_name VARCHAR(255)  NOT NULL,
    added_at      TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_measure FOREIGN KEY (measure_id) REFERENCES roadmap_measure (id),
    INDEX ix_evidence_sha (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The measures as a confirmation froze them: number 1 is the baseline.
CREATE TABLE roadmap_snapshot (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    roadmap_id    BIGINT       NOT NULL,
    number        INT          NOT NULL,
    taken_by      VARCHAR(255) NOT NULL,
    taken_by_name VARCHAR(255) NOT NULL,
    taken_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_roadmap_snapshot UNIQUE (roadmap_id, number),
    CONSTRAINT fk_snapshot_roadmap FOREIGN KEY (roadmap_id) REFERENCES roadmap (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE roadmap_snapshot_measure (
    snapshot_id BIGINT        NOT NULL,
    measure_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(2000) NOT NULL,
    start_on    DATE          NULL,
    due_on      DATE          NOT NULL,
    cancelled   BOOLEAN       NOT NULL,
    PRIMARY KEY (snapshot_id, measure_id),
    CONSTRAINT fk_snapshot_measure FOREIGN KEY (snapshot_id) REFERENCES roadmap_snapshot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change: the kind, the measure it touched (if any), a detail (a comment, a reason, what moved), who and when.
CREATE TABLE roadmap_event (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    roadmap_id BIGINT        NOT NULL,
    sequence_no INT          NOT NULL,
    kind       VARCHAR(32)   NOT NULL,
    round_no   INT           NOT NULL,
    measure_id BIGINT        NULL,
    detail     VARCHAR(4000) NULL,
    by_user    VARCHAR(255)  NOT NULL,
    by_name    VARCHAR(255)  NOT NULL,
    occurred_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_roadmap FOREIGN KEY (roadmap_id) REFERENCES roadmap (id),
    INDEX ix_roadmap_event (roadmap_id, sequence_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
