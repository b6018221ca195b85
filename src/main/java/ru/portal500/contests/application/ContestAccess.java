package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.infrastructure.ContestRepository;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.tenancy.domain.Scope;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Who may do what with contests, in one place. The region's contest organiser (a region-level role) creates the
 * region's contests and organises them; everyone else in the region is refused (a 403 on record), and another
 * region's contest is not found (an audited 404). {@link #mayOrganise(Caller, Contest)} is the one check of who
 * organises a given contest: per-contest grants of organisers extend it here.
 */
@ApplicationScoped
public class ContestAccess {

    /** Audit codes of what a refusal was about. */
    static final String ORGANISE = "contests.organise";

    @Inject
    AccessGuard guard;

    @Inject
    ContestRepository contests;

    Clock clock = Clock.systemUTC();

    public Caller caller() {
        return guard.caller();
    }

    public ChangeStamp stamp() {
        Caller caller = caller();
        return new ChangeStamp(caller.getUsername(), caller.getFullName(), clock.instant());
    }

    /** Today in the contest's region: a stage's day begins and ends at midnight of the region's time zone. */
    public LocalDate today(Contest contest) {
        return LocalDate.now(clock.withZone(contest.getRegion().getTimeZone()));
    }

    /** Whether the caller creates contests in the region: its contest organiser. */
    public boolean mayCreate(Caller caller, String regionCode) {
        return caller.holds(Role.CONTEST_ORGANISER, Scope.ofRegion(regionCode));
    }

    /**
     * Whether the caller organises the contest: its region's contest organiser, or an organiser the contest was given
     * (a per-contest grant in Keycloak, {@code /64/_contests/17/contest-organiser}, which lapses with the results).
     */
    public boolean mayOrganise(Caller caller, Contest contest) {
        return caller.holds(Role.CONTEST_ORGANISER, contest.scope()) || caller.organisesContest(contest.getId());
    }

    /** The contest found through the caller's own grant of it, when the caller has no place in its region. */
    private java.util.Optional<Contest> granted(long id) {
        return caller().getContestGrants().stream().filter(g -> g.contestId() == id).findFirst()
                .flatMap(g -> contests.granted(id, g.region()));
    }

    /** Refuses (on record) unless the caller creates contests in the region. */
    public void requireCreator(String regionCode) {
        Scope region = guard.region(regionCode);
        guard.require(mayCreate(caller(), regionCode), region, ORGANISE);
    }

    /**
     * A contest of the caller's region that the caller organises. Someone else of the region is refused (on record)
     * a published contest, whose existence is public; a draft is not found for them, so that its existence does not
     * show either.
     */
    public Contest contestToOrganise(long id) {
        Caller caller = caller();
        Contest contest = guard.requireFound(contests.contest(id).or(() -> granted(id))
                .filter(c -> c.getState().isPublic() || mayOrganise(caller, c)), "contest/" + id);
        guard.require(mayOrganise(caller, contest), contest.scope(), ORGANISE);
        return contest;
    }

    /** A contest the caller organises, as they read it: changed by someone since, it is refused (409). */
    public Contest contestToOrganise(long id, long readAtVersion) {
        Contest contest = contestToOrganise(id);
        if (contest.getVersion() != readAtVersion) {
            throw new ConcurrentChangeException("contests.error.changedMeanwhile");
        }
        return contest;
    }
}
