package ru.portal500.contests.judging;

import ru.portal500.expertise.checklist.ScoreSheet;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the judging rules know of one entry of a nomination: its id, the instant it was submitted (the server's
 * clock), its jurors' score sheets (drafts are passed too and ignored: only submitted sheets count), how many reviews
 * are assigned to it now (submitted or not; at least the sheets given) and the organiser's moderated decision, if
 * any (null when none).
 */
public record EntryScores(long entryId, Instant submittedAt, List<ScoreSheet> sheets, int reviewsAssigned,
                          ModeratedDecision decision) {

    public EntryScores {
        Objects.requireNonNull(submittedAt, "submittedAt");
        sheets = List.copyOf(sheets);
        reviewsAssigned = Math.max(reviewsAssigned, sheets.size());
    }

    /** An entry whose assigned reviews are exactly the sheets given, with no moderated decision. */
    public static EntryScores of(long entryId, Instant submittedAt, List<ScoreSheet> sheets) {
        return new EntryScores(entryId, submittedAt, sheets, sheets.size(), null);
    }

    public EntryScores withDecision(ModeratedDecision newDecision) {
        return new EntryScores(entryId, submittedAt, sheets, reviewsAssigned, newDecision);
    }

    public EntryScores withReviewsAssigned(int assigned) {
        return new EntryScores(entryId, submittedAt, sheets, assigned, decision);
    }

    /** The sheets submitted, in the order given. */
    public List<ScoreSheet> submitted() {
        return sheets.stream().filter(ScoreSheet::isSubmitted).toList();
    }
}
