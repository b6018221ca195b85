package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.contests.domain.JurySeat;
import ru.portal500.contests.infrastructure.EntryRepository;
import ru.portal500.contests.infrastructure.JudgingRepository;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a contest's judging once, for a contest the caller was already found to act in. */
@ApplicationScoped
class JudgingStates {

    @Inject
    EntryRepository entries;

    @Inject
    JudgingRepository judging;

    @Inject
    JuryTies ties;

    JudgingState of(Contest contest) {
        List<ContestEntry> all = entries.entries(contest);
        List<JurySeat> seats = judging.seats(contest);
        List<EntryReview> reviews = judging.reviews(contest);
        Set<String> jurors = new HashSet<>();
        seats.forEach(s -> jurors.add(s.getUsername()));
        reviews.forEach(r -> jurors.add(r.getJuror()));
        return new JudgingState(contest, all, seats, reviews, judging.waivers(contest),
                ties.of(contest, jurors, all, reviews));
    }

    /** One entry's judging as far as its own scores go: the entry and its reviews, nothing of the rest. */
    JudgingState ofEntry(ContestEntry entry) {
        return new JudgingState(entry.getContest(), List.of(entry), List.of(), judging.reviewsOf(entry), List.of(),
                Map.of());
    }

    /**
     * What choosing one more juror for the entry reads: the entry, its nomination's jury with their ties to it, the
     * nomination's reviews (who is on the entry, everyone's load) and the contest's overrides — not the other
     * nominations' entries and reviews.
     */
    JudgingState forExtraJuror(ContestEntry entry) {
        Contest contest = entry.getContest();
        List<JurySeat> seats = judging.seats(contest).stream()
                .filter(s -> s.getNomination().equals(entry.getNomination())).toList();
        List<EntryReview> reviews = judging.reviewsIn(entry.getNomination());
        Set<String> jurors = new HashSet<>();
        seats.forEach(s -> jurors.add(s.getUsername()));
        reviews.forEach(r -> jurors.add(r.getJuror()));
        return new JudgingState(contest, List.of(entry), seats, reviews, judging.waivers(contest),
                ties.of(contest, jurors, List.of(entry), reviews));
    }
}
