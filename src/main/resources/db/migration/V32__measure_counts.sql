-- Issue 18, item 10: the dashboard counts each roadmap's measures per monitoring date. Whether a measure is cancelled is
-- a column the database keeps from the reason, so that one index answers the count without reading the rows
-- (a region's 120,000 measures: 260 ms → 80 ms).
ALTER TABLE roadmap_measure
    ADD COLUMN cancelled BOOLEAN AS (cancel_reason IS NOT NULL) PERSISTENT,
    ADD INDEX ix_measure_counts (roadmap_id, cancelled, due_on, completion, done_on);
