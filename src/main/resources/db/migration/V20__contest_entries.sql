-- Entries of contests: a case of a school (entered by its team) or of a teacher, in one nomination, with its form
-- (title, problem, risk factors by federal number, level, subject, summary, links), its state (draft, submitted,
-- returned for completion with a reason and a deadline, admitted, refused with a reason, withdrawn), its authors
-- (people of the entering school, each with the moment they agreed to publication) and its files (stored by
-- content address, as documents are). The school is kept by id, place and name, as the practice bank keeps it.
-- A draft is reminded once, three days before the entries close. The contest's history gains the organiser's reason of a decision.
CREATE TABLE contest_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    contest_id      BIGINT        NOT NULL,
    nomination_id   BIGINT        NOT NULL,
    entrant_kind    VARCHAR(16)   NOT NULL,
    school_id       BIGINT        NOT NULL,
    school_path     VARCHAR(255)  NOT NULL,
    school_name     VARCHAR(1000) NOT NULL,
    entrant         VARCHAR(255)  NOT NULL,
    entrant_name    VARCHAR(255)  NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    problem         TEXT          NULL,
    risk_factors    VARCHAR(500)  NOT NULL DEFAULT '',
    education_level VARCHAR(16)   NULL,
    subject         VARCHAR(200)  NULL,
    summary         TEXT          NULL,
    links           TEXT          NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    submitted_at    TIMESTAMP(3)  NULL,
    decision_reason VARCHAR(2000) NULL,
    completion_due  DATE          NULL,
    decided_by      VARCHAR(255)  NULL,
    decided_at      TIMESTAMP(3)  NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    edited          BOOLEAN       NOT NULL DEFAULT FALSE,
    deadline_reminded BOOLEAN     NOT NULL DEFAULT FALSE,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_entry_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_entry_nomination FOREIGN KEY (nomination_id) REFERENCES contest_nomination (id),
    INDEX ix_entry_contest (contest_id, state),
    INDEX ix_entry_school (school_id),
    INDEX ix_entry_entrant (entrant)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contest_entry_author (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    entry_id   BIGINT       NOT NULL,
    position   INT          NOT NULL,
    username   VARCHAR(255) NOT NULL,
    full_name  VARCHAR(255) NOT NULL,
    consent_at TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_entry_author_entry FOREIGN KEY (entry_id) REFERENCES contest_entry (id),
    CONSTRAINT uq_entry_author UNIQUE (entry_id, username),
    INDEX ix_entry_author_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contest_entry_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    entry_id      BIGINT       NOT NULL,
    position      INT          NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    size          BIGINT       NOT NULL,
    required_file VARCHAR(150) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_entry_file_entry FOREIGN KEY (entry_id) REFERENCES contest_entry (id),
    INDEX ix_entry_file_sha256 (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE contest_change ADD COLUMN reason VARCHAR(2000) NULL;
