-- Pairs of the set-up stage: in each campaign a low-results or socially at-risk school (ШНОР/ШССУ)
-- is paired with a curator school (школа-куратор), and the people who help it are named: curators,
-- mentors and tutors (куратор, наставник, тьютор).
CREATE TABLE curator_pair (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id           BIGINT       NOT NULL,
    school_id             BIGINT       NOT NULL,
    curator_school_id     BIGINT       NOT NULL,
    formed_by             VARCHAR(255) NOT NULL,
    formed_at             TIMESTAMP(3) NOT NULL,
    -- The pair's network agreement (соглашение о сетевом взаимодействии), a document of the documents
    -- issue. Deliberately without a foreign key: that issue creates the documents table and adds it.
    agreement_document_id BIGINT       NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_curator_pair_school UNIQUE (campaign_id, school_id),
    CONSTRAINT ck_curator_pair_other_school CHECK (curator_school_id <> school_id),
    CONSTRAINT fk_curator_pair_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_curator_pair_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_curator_pair_curator_school FOREIGN KEY (curator_school_id) REFERENCES school (id),
    INDEX ix_curator_pair_curator_school (campaign_id, curator_school_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person named on a pair (their Keycloak login and their name at the time). A curator also gets the
-- curator role at the pair's school; grants_curator_role says this pair is the one that revokes it.
CREATE TABLE pair_helper (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    pair_id             BIGINT       NOT NULL,
    helper_function     VARCHAR(16)  NOT NULL,
    username            VARCHAR(255) NOT NULL,
    display_name        VARCHAR(255) NOT NULL,
    grants_curator_role BOOLEAN      NOT NULL DEFAULT FALSE,
    named_by            VARCHAR(255) NOT NULL,
    named_at            TIMESTAMP(3) NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_pair_helper UNIQUE (pair_id, helper_function, username),
    CONSTRAINT fk_pair_helper_pair FOREIGN KEY (pair_id) REFERENCES curator_pair (id),
    INDEX ix_pair_helper_person (username, helper_function)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
