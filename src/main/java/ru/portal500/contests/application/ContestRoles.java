package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestRuleException;
import ru.portal500.contests.domain.ContestState;
import ru.portal500.identity.application.ContestGrants;
import ru.portal500.identity.domain.Role;

import java.util.List;

/**
 * A contest's own organisers, managed on the contest's page by whoever organises it, and who holds its roles (its
 * jury too): the contest is found and the caller's right checked here (a contest of another region is not found),
 * then identity's {@link ContestGrants} gives or takes the per-contest group in Keycloak. A juror's role comes with
 * their seat in a nomination's jury and goes with it ({@link Jury}): it is neither given nor taken here, so that
 * nobody holds it without a seat nor keeps a seat without it. Only people who hold a role in the contest's
 * region are given one (a login of another region is refused without saying who it is). Once the results are published the roles
 * have lapsed and none is given.
 */
@ApplicationScoped
public class ContestRoles {

    @Inject
    ContestAccess access;

    @Inject
    ContestGrants grants;

    @Inject
    ru.portal500.contests.infrastructure.JudgingRepository judging;

    @Inject
    ru.portal500.identity.application.PeopleDirectory people;

    /** Who holds the contest's roles: organisers, then the jury, each by name. */
    @Transactional
    public List<ContestGrants.Holder> holders(long contestId) {
        Contest contest = access.contestToOrganise(contestId);
        return grants.holders(contest.getId(), contest.getRegion().getCode());
    }

    /** Gives the person (by login) the contest's role: its organiser or a member of its jury. */
    @Transactional
    public void grant(long contestId, String username, Role role) {
        Contest contest = access.contestToOrganise(contestId);
        if (contest.getState() == ContestState.RESULTS_PUBLISHED) {
            throw new ContestRuleException("contests.error.finished");
        }
        requireOrganiserRole(role);
        String login = clean(username);
        if (judging.seats(contest).stream().anyMatch(s -> s.getUsername().equals(login))) {
            throw new ContestRuleException("contests.roles.error.juror", login);
        }
        if (people.grantsIn(login, contest.getRegion().getCode()).isEmpty()) {
            throw new ContestRuleException("contests.roles.error.otherRegion", login, contest.getRegion().getName());
        }
        grants.grant(contest.getId(), contest.getRegion().getCode(), login, role);
    }

    @Transactional
    public void revoke(long contestId, String username, Role role) {
        Contest contest = access.contestToOrganise(contestId);
        requireOrganiserRole(role);
        grants.revoke(contest.getId(), contest.getRegion().getCode(), clean(username), role);
    }

    private static void requireOrganiserRole(Role role) {
        if (role == Role.JURY_MEMBER) {
            throw new ContestRuleException("contests.roles.error.juryBySeat");
        }
    }

    private static String clean(String username) {
        String login = username == null ? "" : username.strip();
        if (login.isEmpty()) {
            throw new ContestRuleException("contests.roles.error.username");
        }
        return login;
    }
}
