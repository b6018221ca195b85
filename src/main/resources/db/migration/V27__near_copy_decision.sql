-- What a curator, an expert or a contest's organiser decided about a near-copy: a text (the document, entry or
-- practice looked at, "document:12") and the other text it shares much with ("practice:4") — the reuse accepted as
-- legitimate, or the text returned to its author — with the reason, who and when. One decision per pair and
-- decider's text; deciding again replaces it (who and when are the latest). Reached only through the text looked
-- at, whose owning context checks the caller's right first.
CREATE TABLE near_copy_decision (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    text_key    VARCHAR(64)   NOT NULL,
    other_key   VARCHAR(64)   NOT NULL,
    verdict     VARCHAR(16)   NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    decided_by  VARCHAR(100)  NOT NULL,
    decided_by_name VARCHAR(300) NOT NULL,
    decided_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_near_copy_decision UNIQUE (text_key, other_key)
);
