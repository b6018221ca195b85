-- A measure's responsible may be a person of the portal (by login; the text then holds their name) or, as before, a
-- named role of a place written as text («директор школы»).
ALTER TABLE roadmap_measure ADD COLUMN responsible_username VARCHAR(255) NULL;
