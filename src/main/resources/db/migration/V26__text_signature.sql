-- Each text's near-copy signature (similarity.domain.Signature: 128 MinHash values as bytes), kept so that the
-- in-memory index of near-copies is restored at start-up without reading every text again. Derived data: a rebuild
-- writes it afresh from the documents, entries and practices. The key names the text ("document:12"), the kind whose
-- boilerplate applies (a document type's code, a contest's cases, the bank) and the owner whose texts are never a
-- copy of each other (a school).
CREATE TABLE text_signature (
    text_key    VARCHAR(64)    NOT NULL PRIMARY KEY,
    kind        VARCHAR(100)   NOT NULL,
    owner       VARCHAR(100)   NOT NULL,
    signature   VARBINARY(1024) NOT NULL,
    computed_at DATETIME(6)    NOT NULL
);
