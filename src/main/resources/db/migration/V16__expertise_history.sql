-- Every change of an expertise round, kept as history: created with its checklist, settings changed, reviewers
-- assigned (by hand or automatically) and taken back, reviews declined, conflicts declared, reviews submitted,
-- documents sent back to their schools, the round closed. Who, when, about what, from what to what and why.
-- Written once, never changed.
CREATE TABLE expertise_change (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    round_id        BIGINT        NOT NULL,
    kind            VARCHAR(24)   NOT NULL,
    changed_at      TIMESTAMP(3)  NOT NULL,
    changed_by      VARCHAR(255)  NOT NULL,
    changed_by_name VARCHAR(255)  NOT NULL,
    subject         VARCHAR(1000) NULL,
    old_value       VARCHAR(1000) NULL,
    new_value       VARCHAR(1000) NULL,
    reason          VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_expertise_change_round FOREIGN KEY (round_id) REFERENCES expertise_round (id),
    INDEX ix_expertise_change_round (round_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
