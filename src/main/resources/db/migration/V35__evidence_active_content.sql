-- An evidence file that can do more than be read (a PDF's scripts, launch actions, attached files) is kept, as a
-- document is, and named as such: its kinds, joined by commas; empty when nothing.
ALTER TABLE roadmap_evidence ADD COLUMN active_content VARCHAR(200) NULL;
