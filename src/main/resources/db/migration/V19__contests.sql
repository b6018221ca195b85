-- Contests of methodological cases: the region's contest with its call (title, description, the regulations as a
-- stored file (by content address, as documents are), who may enter, team
-- size, required fields and files, the minimum of entries per nomination, blind judging, reviews per entry, the
-- divergence threshold, the tie-break chain as an ordered list of step codes), its stages as dates of the region's
-- calendar, its state, its nominations (each optionally scored with one of the region's checklists), and every
-- change as history (who, when, what, from what to what).
CREATE TABLE contest (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    region_id             BIGINT        NOT NULL,
    school_year           INT           NOT NULL,
    title                 VARCHAR(500)  NOT NULL,
    description           TEXT          NULL,
    open_to_campaign      BOOLEAN       NOT NULL DEFAULT TRUE,
    open_to_region        BOOLEAN       NOT NULL DEFAULT FALSE,
    open_to_teachers      BOOLEAN       NOT NULL DEFAULT FALSE,
    team_min              INT           NOT NULL,
    team_max              INT           NOT NULL,
    required_fields       VARCHAR(500)  NOT NULL DEFAULT '',
    required_files        VARCHAR(2000) NOT NULL DEFAULT '',
    min_entries           INT           NOT NULL,
    blind                 BOOLEAN       NOT NULL DEFAULT TRUE,
    reviews_per_entry     INT           NOT NULL,
    divergence_points     INT           NOT NULL,
    tie_break             VARCHAR(1000) NOT NULL,
    regulations_sha256    CHAR(64)      NULL,
    regulations_name      VARCHAR(255)  NULL,
    regulations_type      VARCHAR(100)  NULL,
    regulations_size      BIGINT        NULL,
    call_published_on     DATE          NULL,
    entries_open_on       DATE          NULL,
    entries_close_on      DATE          NULL,
    eligibility_until     DATE          NULL,
    judging_until         DATE          NULL,
    results_on            DATE          NULL,
    state                 VARCHAR(24)   NOT NULL,
    nominations_edited    BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by            VARCHAR(255)  NOT NULL,
    created_at            TIMESTAMP(3)  NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_contest_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT ck_contest_team CHECK (team_min BETWEEN 1 AND 20 AND team_max BETWEEN team_min AND 20),
    CONSTRAINT ck_contest_numbers CHECK (min_entries BETWEEN 1 AND 100 AND reviews_per_entry BETWEEN 1 AND 10
        AND divergence_points BETWEEN 1 AND 100),
    INDEX ix_contest_region (region_id, school_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contest_nomination (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    contest_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    title        VARCHAR(300) NOT NULL,
    checklist_id BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_nomination_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_nomination_checklist FOREIGN KEY (checklist_id) REFERENCES checklist (id),
    INDEX ix_nomination_contest (contest_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contest_change (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    contest_id      BIGINT        NOT NULL,
    kind            VARCHAR(24)   NOT NULL,
    changed_at      TIMESTAMP(3)  NOT NULL,
    changed_by      VARCHAR(255)  NOT NULL,
    changed_by_name VARCHAR(255)  NOT NULL,
    subject         VARCHAR(1000) NULL,
    old_value       VARCHAR(2000) NULL,
    new_value       VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contest_change_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    INDEX ix_contest_change_contest (contest_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
