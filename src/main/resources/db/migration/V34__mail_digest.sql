-- A person may take every notification's mail in the daily digest (one mail a day) instead of one mail per item.
ALTER TABLE person ADD COLUMN mail_digest BOOLEAN NOT NULL DEFAULT FALSE;
