-- The next school year. A campaign rolled over into the next is archived: it stays readable, its records take no
-- more changes. The next campaign remembers the one it was rolled from.
ALTER TABLE campaign
    ADD COLUMN archived_at TIMESTAMP(3) NULL,
    ADD COLUMN rolled_from_id BIGINT NULL,
    ADD CONSTRAINT fk_campaign_rolled_from FOREIGN KEY (rolled_from_id) REFERENCES campaign (id);

-- A school of last year's programme that leaves it in this campaign: why (a kind of reason), the words in `reason`.
ALTER TABLE campaign_school ADD COLUMN leaving VARCHAR(24) NULL;

-- Last year's pair proposed again for the next campaign, with the helpers it had, until its coordinator or the
-- operator confirms it (the pair is formed again) or drops it (with a note).
CREATE TABLE carried_pair (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id       BIGINT        NOT NULL,
    school_id         BIGINT        NOT NULL,
    curator_school_id BIGINT        NOT NULL,
    from_pair_id      BIGINT        NOT NULL,
    helpers           VARCHAR(4000) NULL,
    state             VARCHAR(16)   NOT NULL,
    decided_by        VARCHAR(255)  NULL,
    decided_at        TIMESTAMP(3)  NULL,
    note              VARCHAR(1000) NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_carried_pair UNIQUE (campaign_id, school_id),
    CONSTRAINT fk_carried_pair_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_carried_pair_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_carried_pair_from FOREIGN KEY (from_pair_id) REFERENCES curator_pair (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A measure of last year's roadmap not done and not cancelled, proposed in this year's roadmap of the same place
-- until its keepers take it (with new dates: it becomes a measure) or drop it (with a note).
CREATE TABLE carried_measure (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    roadmap_id        BIGINT        NOT NULL,
    from_measure_id   BIGINT        NOT NULL,
    position          INT           NOT NULL,
    section           VARCHAR(500)  NULL,
    title             VARCHAR(2000) NOT NULL,
    start_on          DATE          NULL,
    due_on            DATE          NOT NULL,
    responsible       VARCHAR(500)  NOT NULL,
    risk_factor_id    BIGINT        NULL,
    result            VARCHAR(2000) NULL,
    state             VARCHAR(16)   NOT NULL,
    decided_by        VARCHAR(255)  NULL,
    decided_at        TIMESTAMP(3)  NULL,
    note              VARCHAR(2000) NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_carried_measure UNIQUE (roadmap_id, from_measure_id),
    CONSTRAINT fk_carried_measure_roadmap FOREIGN KEY (roadmap_id) REFERENCES roadmap (id),
    CONSTRAINT fk_carried_measure_from FOREIGN KEY (from_measure_id) REFERENCES roadmap_measure (id),
    CONSTRAINT fk_carried_measure_factor FOREIGN KEY (risk_factor_id) REFERENCES risk_factor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
