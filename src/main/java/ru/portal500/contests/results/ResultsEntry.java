package ru.portal500.contests.results;

import ru.portal500.contests.judging.EntryScores;
import ru.portal500.contests.judging.ModeratedDecision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a nomination with everything the results documents show of it: its id, title, school and authors,
 * the instant it was submitted, every review (submitted and draft), the organiser's moderated decision (null when
 * none), the jurors who stepped aside and the conflicts of interest found (with the override when there was one).
 */
public record ResultsEntry(long id, String title, String school, List<String> authors, Instant submittedAt,
                           List<Review> reviews, ModeratedDecision decision, List<Abstention> abstentions,
                           List<Conflict> conflicts) {

    public ResultsEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(submittedAt, "submittedAt");
        school = school == null ? "" : school.strip();
        authors = List.copyOf(authors);
        reviews = List.copyOf(reviews);
        abstentions = List.copyOf(abstentions);
        conflicts = List.copyOf(conflicts);
    }

    /** What the judging rules rank: the entry's sheets and its moderated decision. */
    public EntryScores scores() {
        return new EntryScores(id, submittedAt, reviews.stream().map(Review::sheet).toList(), reviews.size(),
                decision);
    }
}
