package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.contests.domain.ConflictWaiver;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.contests.infrastructure.EntryRepository;
import ru.portal500.contests.infrastructure.JudgingRepository;
import ru.portal500.contests.judging.ConflictOverride;
import ru.portal500.contests.judging.EntryConflicts;
import ru.portal500.contests.judging.JurorTies;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.ContestGrant;
import ru.portal500.identity.domain.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may open a review of a contest entry: the juror it was given to, on the contest's jury (a per-contest grant),
 * and only while no conflict of interest stands between them and the entry — the same conflicts the assignment
 * avoids, computed again at every opening (a pair formed or a conflict declared since counts at once) unless the
 * organiser overrode them. Another person's review is not found (an audited 404); a conflicted juror is refused on
 * record (403).
 */
@ApplicationScoped
public class JudgingAccess {

    /** Audit code of a refused opening. */
    static final String JUDGE = "contests.judge";

    @Inject
    AccessGuard guard;

    @Inject
    JudgingRepository judging;

    @Inject
    EntryRepository entries;

    @Inject
    JuryTies ties;

    /** The caller's own review, whatever the conflicts (to declare one, or to see it in their list). */
    public EntryReview ownReview(long reviewId) {
        Caller caller = guard.caller();
        Optional<EntryReview> found = caller.getContestGrants().stream().filter(g -> g.role() == Role.JURY_MEMBER)
                .map(ContestGrant::region).distinct().map(region -> judging.granted(reviewId, region))
                .flatMap(Optional::stream)
                .filter(r -> r.getJuror().equals(caller.getUsername())
                        && caller.judgesContest(r.getEntry().getContest().getId()))
                .findFirst();
        return guard.requireFound(found, "contest-review/" + reviewId);
    }

    /** The caller's own review, to open and score: refused while a conflict of interest stands. */
    public EntryReview reviewToOpen(long reviewId) {
        EntryReview review = ownReview(reviewId);
        Contest contest = review.getEntry().getContest();
        guard.require(mayJudge(review.getJuror(), review.getEntry()), contest.scope(), JUDGE);
        return review;
    }

    /**
     * Whether the juror may judge the entry now: no conflict, or every one overridden by the organiser. Reads the
     * juror's own entries and reviews only (an opening must not read the whole contest).
     */
    public boolean mayJudge(String juror, ContestEntry entry) {
        Contest contest = entry.getContest();
        JurorTies jurorTies = ties.of(contest, Set.of(juror), entries.authoredBy(contest, juror),
                judging.reviewsOfJuror(juror, contest.getRegion().getCode(), List.of(contest.getId()))).get(juror);
        ConflictOverride override = judging.waivers(contest).stream()
                .filter(w -> w.getEntry().getId().equals(entry.getId()) && w.getJuror().equals(juror))
                .map(ConflictWaiver::override).findFirst().orElse(null);
        return EntryConflicts.mayJudge(jurorTies, JuryTies.parties(entry), override);
    }
}
