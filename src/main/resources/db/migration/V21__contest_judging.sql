-- Judging of contests. The jury of each nomination (its seats: a person with the contest's jury grant in Keycloak,
-- their name, the most reviews they may be given); the reviews (this juror scores this entry: the score sheet as
-- last saved, then submitted and locked; an extra review given for a divergent entry is marked; a conflict the juror
-- declares leaves the review on record, closed); the organiser's overrides of a conflict of interest (which
-- conflicts, why, who, when: they go into the protocol); and the organiser's moderated decision on an entry, kept on
-- the entry apart from the jurors' sheets. The contest records when judging opened (the tie-break chain is fixed
-- from then on).
CREATE TABLE contest_jury_seat (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    nomination_id BIGINT       NOT NULL,
    username      VARCHAR(255) NOT NULL,
    full_name     VARCHAR(255) NOT NULL,
    max_reviews   INT          NULL,
    seated_by     VARCHAR(255) NOT NULL,
    seated_at     TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_seat_nomination FOREIGN KEY (nomination_id) REFERENCES contest_nomination (id),
    CONSTRAINT uq_seat UNIQUE (nomination_id, username),
    INDEX ix_seat_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contest_review (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    entry_id        BIGINT        NOT NULL,
    juror           VARCHAR(255)  NOT NULL,
    juror_name      VARCHAR(255)  NOT NULL,
    extra           BOOLEAN       NOT NULL DEFAULT FALSE,
    state           VARCHAR(16)   NOT NULL,
    answers         LONGTEXT      NULL,
    remarks         TEXT          NULL,
    total           DECIMAL(12,4) NULL,
    declared_reason VARCHAR(2000) NULL,
    assigned_by     VARCHAR(255)  NOT NULL,
    assigned_at     TIMESTAMP(3)  NOT NULL,
    saved_at        TIMESTAMP(3)  NULL,
    submitted_at    TIMESTAMP(3)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_entry FOREIGN KEY (entry_id) REFERENCES contest_entry (id),
    CONSTRAINT uq_review UNIQUE (entry_id, juror),
    INDEX ix_review_juror (juror, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contest_conflict_override (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    entry_id   BIGINT        NOT NULL,
    juror      VARCHAR(255)  NOT NULL,
    conflicts  VARCHAR(200)  NOT NULL,
    reason     VARCHAR(2000) NOT NULL,
    granted_by VARCHAR(255)  NOT NULL,
    granted_at TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_override_entry FOREIGN KEY (entry_id) REFERENCES contest_entry (id),
    CONSTRAINT uq_override UNIQUE (entry_id, juror)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE contest_entry
    ADD COLUMN moderated_total  DECIMAL(12,4) NULL,
    ADD COLUMN moderated_reason VARCHAR(2000) NULL,
    ADD COLUMN moderated_by     VARCHAR(255)  NULL,
    ADD COLUMN moderated_at     TIMESTAMP(3)  NULL;

ALTER TABLE contest ADD COLUMN judging_opened_at TIMESTAMP(3) NULL;
