package ru.portal500.contests.api;

import ru.portal500.contests.application.JudgingBoard;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.contests.domain.JurySeat;

import java.math.BigDecimal;
import java.util.List;

/** What the judging API returns. */
public final class JudgingViews {

    private JudgingViews() {
    }

    /** A juror's review; the entry is named by number and title only (a blind contest hides who entered). */
    public record Review(long id, long contest, String contestTitle, long entry, String entryTitle, String nomination,
                         String juror, String state, boolean extra, BigDecimal total, String due, long version) {

        static Review of(EntryReview review) {
            return new Review(review.getId(), review.getEntry().getContest().getId(),
                    review.getEntry().getContest().getTitle(), review.getEntry().getId(), review.getEntry().getTitle(),
                    review.getEntry().getNomination().getTitle(), review.getJuror(), review.getState().name(),
                    review.isExtra(), review.getTotal(), review.due() == null ? null : review.due().toString(),
                    review.getVersion());
        }
    }

    public record Seat(long id, long nomination, String username, String fullName, Integer maxReviews) {

        static Seat of(JurySeat seat) {
            return new Seat(seat.getId(), seat.getNomination().getId(), seat.getUsername(), seat.getFullName(),
                    seat.getMaxReviews());
        }
    }

    /** An entry on the organiser's board. */
    public record BoardEntry(long entry, String title, Integer place, BigDecimal mean, BigDecimal normalisedMean,
                             BigDecimal disagreement, String divergence, int submitted, List<Review> reviews,
                             List<String> conflicted) {

        static BoardEntry of(JudgingBoard.EntryRow row) {
            return new BoardEntry(row.entry().getId(), row.entry().getTitle(),
                    row.ranked() == null ? null : row.ranked().place(),
                    row.ranked() == null ? null : row.ranked().rawMean(),
                    row.ranked() == null ? null : row.ranked().normalisedMean(), row.disagreement(),
                    row.divergence() == null ? null : row.divergence().state().name(), row.submitted(),
                    row.reviews().stream().map(Review::of).toList(),
                    row.conflicted().stream().map(c -> c.juror() + ":" + c.reasons()).toList());
        }
    }

    public record Nomination(long id, String title, int admitted, boolean atRisk, List<Seat> jury,
                             List<BoardEntry> entries) {

        static Nomination of(JudgingBoard.NominationBoard board) {
            return new Nomination(board.nomination().getId(), board.nomination().getTitle(), board.admitted(),
                    board.atRisk(), board.jury().stream().map(j -> Seat.of(j.seat())).toList(),
                    board.entries().stream().map(BoardEntry::of).toList());
        }
    }
}
