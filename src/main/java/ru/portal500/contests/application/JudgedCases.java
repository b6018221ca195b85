package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.EntryState;
import ru.portal500.contests.infrastructure.ContestRepository;
import ru.portal500.contests.infrastructure.JudgingRepository;
import ru.portal500.tenancy.domain.Scope;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the search index holds of contests' entries from the opening of their judging on: each admitted entry with
 * its school's place and the jurors who may find it: those judging it (a review given them) whom no conflict of
 * interest keeps from opening it, the same answer {@link JudgingAccess} gives at each opening. Read for no
 * caller (the index is written after a commit and rebuilt in the background), a contest at a time. Which of the
 * contest's organisers may find the entries is the index's business (its access keys).
 */
@ApplicationScoped
public class JudgedCases {

    @Inject
    ContestRepository contests;

    @Inject
    JudgingRepository judging;

    @Inject
    JudgingStates states;

    /**
     * An admitted entry of a contest whose judging opened.
     *
     * @param school the entering school's place
     * @param jurors the logins of the jurors who may find it
     */
    public record JudgedCase(ContestEntry entry, Scope school, Set<String> jurors) {
    }

    /** A change of who may find the contest's entries (judging opened, reviews given or withdrawn, a conflict). */
    public record CasesChanged(long contestId) {
    }

    /** The contest's cases; none while its judging has not opened (or when there is no such contest). */
    @Transactional
    public List<JudgedCase> of(long contestId) {
        return contests.judged(contestId).map(this::cases).orElse(List.of());
    }

    /** The contests whose cases are in the index: of every region (null) or of one. */
    @Transactional
    public List<Long> contestIds(String regionCode) {
        return contests.judgedIds(regionCode);
    }

    private List<JudgedCase> cases(Contest contest) {
        JudgingState state = states.of(contest);
        List<ContestEntry> admitted = state.entries().stream().filter(e -> e.getState() == EntryState.ADMITTED)
                .toList();
        Map<Long, Scope> places = judging.schoolPlaces(contest.getRegion().getCode(),
                admitted.stream().map(ContestEntry::getSchoolId).distinct().toList());
        return admitted.stream().filter(e -> places.containsKey(e.getSchoolId()))
                .map(e -> new JudgedCase(e, places.get(e.getSchoolId()), state.jurorsJudging(e))).toList();
    }
}
