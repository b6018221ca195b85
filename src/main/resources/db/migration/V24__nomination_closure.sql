-- A nomination with fewer entries than the contest's minimum may be merged into another or cancelled by the
-- organiser, with a reason, between the close of entries and the opening of judging: what became of it, why, who
-- decided and when. Its entries moved (merged) or were refused with the reason (cancelled); the row stays for the
-- history and the public page.
ALTER TABLE contest_nomination
    ADD COLUMN closure        VARCHAR(16)   NULL,
    ADD COLUMN merged_into_id BIGINT        NULL,
    ADD COLUMN closed_reason  VARCHAR(2000) NULL,
    ADD COLUMN closed_by      VARCHAR(255)  NULL,
    ADD COLUMN closed_at      DATETIME(6)   NULL,
    ADD CONSTRAINT fk_nomination_merged_into FOREIGN KEY (merged_into_id) REFERENCES contest_nomination (id);
