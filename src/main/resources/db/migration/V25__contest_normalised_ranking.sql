-- Whether the contest ranks its entries by the jurors' normalised scores (each juror's marks as z-scores, so that a
-- strict and a lenient juror weigh alike) instead of the raw mean. Chosen with the other settings before entries
-- open; the raw mean is always shown beside the normalised one, and the protocol says which ranked. Contests made
-- before the choice existed ranked by the raw mean.
ALTER TABLE contest
    ADD COLUMN normalised_ranking BOOLEAN NOT NULL DEFAULT FALSE;
