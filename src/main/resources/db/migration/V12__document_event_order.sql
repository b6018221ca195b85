-- A document's history in the order its events were recorded. Events of one change share a timestamp and
-- their ids follow the order the persistence layer happened to write them in, so each event carries its
-- place in the document's history; existing rows take the order of their ids. Not unique: a background note
-- (an extraction, a download) may be written beside a change at the same moment; ids order those.
ALTER TABLE document_event ADD COLUMN sequence_no INT NOT NULL DEFAULT 0;

UPDATE document_event e
    JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY document_id ORDER BY id) AS n FROM document_event) o ON o.id = e.id
SET e.sequence_no = o.n;

CREATE INDEX ix_event_sequence ON document_event (document_id, sequence_no);
