-- A contest's confirmed results: who confirmed them and when, and the protocol frozen as PDF (stored by its SHA-256,
-- as documents' files are; the hash is shown on the public results page so that anyone can check a copy).
ALTER TABLE contest
    ADD COLUMN results_confirmed_at   TIMESTAMP(3) NULL,
    ADD COLUMN results_confirmed_by   VARCHAR(255) NULL,
    ADD COLUMN results_confirmed_name VARCHAR(255) NULL,
    ADD COLUMN protocol_sha256        CHAR(64)     NULL,
    ADD COLUMN protocol_size          BIGINT       NULL;

-- The published results as everyone reads them, frozen at the confirmation: each admitted entry of each nomination
-- with its place (none when it was not ranked), its award, its score, and what the public page names (the title, the
-- school, the authors who consented to publication).
CREATE TABLE contest_award (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    contest_id    BIGINT        NOT NULL,
    nomination_id BIGINT        NOT NULL,
    entry_id      BIGINT        NOT NULL,
    position      INT           NOT NULL,
    place         INT           NULL,
    award         VARCHAR(16)   NOT NULL,
    score         DECIMAL(12,4) NULL,
    title         VARCHAR(500)  NOT NULL,
    school_name   VARCHAR(1000) NOT NULL,
    authors       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_award_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_award_nomination FOREIGN KEY (nomination_id) REFERENCES contest_nomination (id),
    CONSTRAINT fk_award_entry FOREIGN KEY (entry_id) REFERENCES contest_entry (id),
    CONSTRAINT uq_award_entry UNIQUE (entry_id),
    INDEX ix_award_contest (contest_id, nomination_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
