package ru.portal500.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.ContestGrant;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.domain.InvalidRequestException;

import java.util.List;

/**
 * Contest roles asked for through {@code /api/grants}, whose scope is then a contest's group ({@code /64/_contests/17}):
 * the door decides who may, by what the token says, and leaves the work to {@link ContestGrants}. The region's
 * contest organiser (the region-level role) manages the roles of every contest of the region; a contest's own
 * organiser those of their contest. A juror's role is not given or taken here: it comes with a seat in a nomination's
 * jury (the contest's judging) and goes with it. The contest context's own pages and API call {@link ContestGrants}
 * directly, with their own decision of who organises.
 */
@ApplicationScoped
public class ContestGrantRequests {

    @Inject
    AccessGuard guard;

    @Inject
    ContestGrants contestGrants;

    /** Whether the scope of a request names a contest rather than a place. */
    public static boolean namesContest(String scope) {
        return ContestGrant.Contest.fromGroupPath(scope).isPresent();
    }

    public void grant(GrantRequest request) {
        ContestGrant.Contest contest = mayManage(request.scope);
        contestGrants.grant(contest.contestId(), contest.region(), request.username, organiserRole(request.role));
    }

    public void revoke(GrantRequest request) {
        ContestGrant.Contest contest = mayManage(request.scope);
        contestGrants.revoke(contest.contestId(), contest.region(), request.username, organiserRole(request.role));
    }

    public List<ContestGrants.Holder> holders(String scope) {
        ContestGrant.Contest contest = mayManage(scope);
        return contestGrants.holders(contest.contestId(), contest.region());
    }

    /** Every role of the contest lapses (as when its results are published); returns how many. */
    public int lapse(String scope) {
        ContestGrant.Contest contest = mayManage(scope);
        return contestGrants.lapse(contest.contestId(), contest.region());
    }

    private static Role organiserRole(String name) {
        Role role = GrantRequest.roleNamed(name);
        if (role == Role.JURY_MEMBER) {
            throw new InvalidRequestException("people.error.juryBySeat");
        }
        return role;
    }

    private ContestGrant.Contest mayManage(String scope) {
        ContestGrant.Contest contest = ContestGrant.Contest.fromGroupPath(scope)
                .orElseThrow(() -> new InvalidRequestException("people.error.notContestScope", String.valueOf(scope)));
        Caller caller = guard.caller();
        guard.require(caller.holds(Role.CONTEST_ORGANISER, guard.region(contest.region()))
                        || caller.organisesContest(contest.contestId()), guard.region(contest.region()),
                "contest-grants/" + contest.contestId());
        return contest;
    }
}
