-- A practice that came from a contest says where it came from: the contest (its id, title, school year), the
-- nomination, the entry's place and award. An entry goes into the bank once.
ALTER TABLE practice
    ADD COLUMN contest_id       BIGINT       NULL,
    ADD COLUMN contest_title    VARCHAR(500) NULL,
    ADD COLUMN contest_year     INT          NULL,
    ADD COLUMN nomination_title VARCHAR(300) NULL,
    ADD COLUMN contest_place    INT          NULL,
    ADD COLUMN contest_award    VARCHAR(16)  NULL,
    ADD COLUMN entry_id         BIGINT       NULL,
    ADD CONSTRAINT uq_practice_entry UNIQUE (entry_id);
