package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestChange;
import ru.portal500.contests.domain.ContestRuleException;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.contests.domain.JurySeat;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.domain.ReviewState;
import ru.portal500.contests.infrastructure.ContestRepository;
import ru.portal500.contests.infrastructure.JudgingRepository;
import ru.portal500.identity.application.ContestGrants;
import ru.portal500.identity.application.PeopleDirectory;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.domain.ChangeStamp;

import java.util.List;

/**
 * The jury of each nomination, managed by the contest's organisers: a person of the contest's region is seated on a
 * nomination's jury (given the contest's jury grant in Keycloak if they do not hold it yet), optionally with a cap
 * of reviews, and unseated while they have no review there (their grant ends with their last seat).
 */
@ApplicationScoped
public class Jury {

    @Inject
    ContestAccess access;

    @Inject
    JudgingRepository judging;

    @Inject
    ContestRepository contests;

    @Inject
    ContestGrants grants;

    @Inject
    PeopleDirectory people;

    @Transactional
    public List<JurySeat> seats(long contestId) {
        return judging.seats(access.contestToOrganise(contestId));
    }

    /** Seats the person (by login) on the nomination's jury, with a cap of reviews or none. */
    @Transactional
    public JurySeat seat(long contestId, long nominationId, String username, Integer maxReviews) {
        Contest contest = access.contestToOrganise(contestId);
        Nomination nomination = nomination(contest, nominationId);
        String login = username == null ? "" : username.strip();
        if (login.isEmpty()) {
            throw new ContestRuleException("contests.roles.error.username");
        }
        var grantsInRegion = people.grantsIn(login, contest.getRegion().getCode());
        if (grantsInRegion.isEmpty()) {
            throw new ContestRuleException("contests.roles.error.otherRegion", login, contest.getRegion().getName());
        }
        if (grantsInRegion.stream().anyMatch(g -> g.role() == Role.CONTEST_ORGANISER)) {
            throw new ContestRuleException("contests.jury.error.organiser", login);
        }
        List<JurySeat> seats = judging.seats(contest);
        if (seats.stream().anyMatch(s -> s.getNomination().equals(nomination) && s.getUsername().equals(login))) {
            throw new ContestRuleException("contests.jury.error.twice", login, nomination.getTitle());
        }
        if (grants.holders(contest.getId(), contest.getRegion().getCode()).stream()
                .anyMatch(h -> h.role() == Role.CONTEST_ORGANISER && h.username().equals(login))) {
            throw new ContestRuleException("contests.jury.error.organiser", login);
        }
        String name = people.person(login).map(PeopleDirectory.Contact::fullName).orElse(login);
        ChangeStamp stamp = access.stamp();
        JurySeat seat = judging.add(new JurySeat(nomination, login, name, maxReviews, stamp));
        if (seats.stream().noneMatch(s -> s.getUsername().equals(login))) {
            grants.grant(contest.getId(), contest.getRegion().getCode(), login, Role.JURY_MEMBER);
        }
        contests.record(List.of(ContestChange.jury(nomination, name, true, stamp)));
        return seat;
    }

    /** A new cap of the juror's reviews in the nomination (null: none). */
    @Transactional
    public JurySeat limit(long contestId, long seatId, Integer maxReviews) {
        Contest contest = access.contestToOrganise(contestId);
        JurySeat seat = seat(contest, seatId);
        seat.limitTo(maxReviews);
        judging.flush();
        return seat;
    }

    /** Unseats a juror who has no review in the nomination; their last seat takes their jury grant with it. */
    @Transactional
    public void unseat(long contestId, long seatId) {
        Contest contest = access.contestToOrganise(contestId);
        JurySeat seat = seat(contest, seatId);
        List<EntryReview> theirs = judging.reviews(contest).stream()
                .filter(r -> r.getJuror().equals(seat.getUsername())
                        && r.getEntry().getNomination().equals(seat.getNomination())
                        && r.getState() != ReviewState.DECLARED).toList();
        if (!theirs.isEmpty()) {
            throw new ContestRuleException("contests.jury.error.hasReviews", seat.getFullName(), theirs.size());
        }
        judging.remove(seat);
        boolean lastSeat = judging.seats(contest).stream().noneMatch(s -> s.getUsername().equals(seat.getUsername()));
        if (lastSeat) {
            grants.revoke(contest.getId(), contest.getRegion().getCode(), seat.getUsername(), Role.JURY_MEMBER);
        }
        contests.record(List.of(ContestChange.jury(seat.getNomination(), seat.getFullName(), false,
                access.stamp())));
    }

    private JurySeat seat(Contest contest, long seatId) {
        return judging.seat(contest, seatId).orElseThrow(() -> new ContestRuleException("contests.jury.error.noSeat"));
    }

    static Nomination nomination(Contest contest, long nominationId) {
        return contest.getNominations().stream().filter(n -> n.getId() == nominationId).findFirst()
                .orElseThrow(() -> new ContestRuleException("contests.error.nominationUnknown"));
    }
}
