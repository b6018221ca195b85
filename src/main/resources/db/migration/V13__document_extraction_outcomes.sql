-- Documents: what an extraction found, and room to record it.
-- The event kind EXTRACTION_FAILED has 17 characters: VARCHAR(16) refused it, so recording a failure rolled back
-- and the version stayed pending. Every enum stored as text in the documents tables gets room to grow.
ALTER TABLE document_event MODIFY kind VARCHAR(32) NOT NULL;
ALTER TABLE document MODIFY state VARCHAR(32) NOT NULL;
ALTER TABLE document_type MODIFY requirement VARCHAR(32) NOT NULL;
ALTER TABLE document_version MODIFY extraction VARCHAR(32) NOT NULL;
ALTER TABLE document_version MODIFY extraction_error VARCHAR(128) NULL;

-- How many times the extraction was started (counted before each parse, so that a file that stops the server
-- is tried a bounded number of times, then recorded as failed); whether the text came out empty (a scan without
-- a text layer); what the file can do beyond being read (PDF scripts, launch actions, attached files), as a
-- comma-separated list of ActiveContent names, NULL for versions stored before the check existed.
ALTER TABLE document_version
    ADD COLUMN extraction_attempts INT          NOT NULL DEFAULT 0,
    ADD COLUMN text_layer_missing  BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN active_content      VARCHAR(255) NULL;
