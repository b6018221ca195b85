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
}
