package ru.portal500.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.ContestGrant;
import ru.portal500.identity.domain.Role;
import ru.portal500.identity.infrastructure.KeycloakConflictException;
import ru.portal500.identity.infrastructure.KeycloakGroup;
import ru.portal500.identity.infrastructure.KeycloakGroups;
import ru.portal500.identity.infrastructure.KeycloakUser;
import ru.portal500.identity.infrastructure.KeycloakUsers;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.Scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisers and the jury of one contest, as Keycloak groups ({@link ContestGrant}): granting and revoking a
 * contest role, listing who holds one, and the lapse of them all when the contest's results are published, so that
 * nobody's token carries last year's contests. Who may give or take a contest's roles is the contest's own rule:
 * the contest context decides it before it calls here. This service checks what identity knows: the region is one
 * the caller acts in (by a grant in a place or in a contest of it), the person exists, the role is a contest's.
 * Every change is in the audit log; Keycloak not answering is {@code error.keycloak.unavailable}.
 */
@ApplicationScoped
public class ContestGrants {

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    KeycloakUsers users;

    @Inject
    KeycloakGroups groups;

    /** One person holding one role in the contest. */
    public record Holder(String username, String fullName, String email, Role role) {
    }

    /** Gives the person the role in the contest; a person holding it already keeps it, and nothing is recorded. */
    public void grant(long contestId, String regionCode, String username, Role role) {
        ContestGrant grant = contestGrant(contestId, regionCode, role);
        KeycloakUser user = existingUser(username);
        KeycloakGroup group = roleGroup(grant);
        if (isMember(user, group)) {
            return;
        }
        users.addToGroup(user.id(), group.id());
        audit.record(AuditEventType.CONTEST_ROLE_GRANTED, Scope.ofRegion(grant.region()), user.username(),
                detail(grant));
    }

    /** Takes the role in the contest from the person; one who does not hold it is told so, nothing changes. */
    public void revoke(long contestId, String regionCode, String username, Role role) {
        ContestGrant grant = contestGrant(contestId, regionCode, role);
        KeycloakUser user = existingUser(username);
        // Nothing to create for a revocation: without the group nobody holds the role.
        KeycloakGroup group = groups.groupByPath(grant.groupPath()).filter(held -> isMember(user, held))
                .orElseThrow(() -> new InvalidRequestException("people.error.contestRoleNotHeld", user.username(),
                        contestId));
        users.removeFromGroup(user.id(), group.id());
        audit.record(AuditEventType.CONTEST_ROLE_REVOKED, Scope.ofRegion(grant.region()), user.username(),
                detail(grant));
    }

    /** Who holds the contest's roles: organisers first, then the jury, each by name. */
    public List<Holder> holders(long contestId, String regionCode) {
        Scope region = requireRegion(contestId, regionCode);
        List<Holder> holders = new ArrayList<>();
        groups.groupByPath(ContestGrant.contestPath(region.region(), contestId)).ifPresent(contest ->
                groups.children(contest.id()).forEach(child -> Role.fromKeycloakName(child.name())
                        .filter(ContestGrant.ROLES::contains)
                        .ifPresent(role -> groups.members(child.id()).forEach(user ->
                                holders.add(new Holder(user.username(), user.fullName(), user.email(), role))))));
        holders.sort(Comparator.comparing(Holder::role).thenComparing(Holder::fullName));
        return holders;
    }

    /**
     * Every role of the contest lapses (its results are published): the contest's groups are deleted and with them
     * every membership, so the holders' next tokens no longer list the contest. Returns how many roles lapsed; a
     * contest whose roles lapsed already (or that never had any) lapses again harmlessly, with nothing recorded.
     */
    public int lapse(long contestId, String regionCode) {
        Scope region = requireRegion(contestId, regionCode);
        Optional<KeycloakGroup> contest = groups.groupByPath(ContestGrant.contestPath(region.region(), contestId));
        if (contest.isEmpty()) {
            return 0;
        }
        int lapsed = groups.children(contest.get().id()).stream()
                .filter(child -> Role.fromKeycloakName(child.name()).filter(ContestGrant.ROLES::contains).isPresent())
                .mapToInt(child -> groups.members(child.id()).size()).sum();
        groups.deleteGroup(contest.get().id());
        audit.record(AuditEventType.CONTEST_ROLES_LAPSED, region, target(contestId), Integer.toString(lapsed));
        return lapsed;
    }

    private ContestGrant contestGrant(long contestId, String regionCode, Role role) {
        Scope region = requireRegion(contestId, regionCode);
        if (role == null || !ContestGrant.ROLES.contains(role)) {
            throw new InvalidRequestException("people.error.notContestRole");
        }
        return new ContestGrant(region.region(), contestId, role);
    }

    /** The region, when the caller acts in it (by a grant in one of its places or in one of its contests). */
    private Scope requireRegion(long contestId, String regionCode) {
        if (contestId <= 0) {
            throw new InvalidRequestException("people.error.unknownContest", contestId);
        }
        Scope region = guard.region(regionCode);
        Caller caller = guard.caller();
        guard.require(caller.regions().contains(region.region()) || caller.contestRegions().contains(region.region()),
                region, target(contestId));
        return region;
    }

    /** The role's group, with the region's contests group, the contest's group and its role groups made if missing. */
    private KeycloakGroup roleGroup(ContestGrant grant) {
        return groups.groupByPath(grant.groupPath()).orElseGet(() -> {
            KeycloakGroup region = groups.groupByPath(Scope.ofRegion(grant.region()).groupPath())
                    .orElseThrow(() -> new InvalidRequestException("people.error.unknownScope", grant.region()));
            KeycloakGroup container = group(region, ContestGrant.CONTAINER, ContestGrant.CONTAINER_ATTRIBUTES);
            KeycloakGroup contest = group(container, Long.toString(grant.contestId()),
                    ContestGrant.contestAttributes(grant.contestId()));
            KeycloakGroup wanted = null;
            for (Role role : List.of(Role.CONTEST_ORGANISER, Role.JURY_MEMBER)) {
                KeycloakGroup made = group(contest, role.keycloakName(), ContestGrant.ROLE_ATTRIBUTES);
                wanted = role == grant.role() ? made : wanted;
            }
            return wanted;
        });
    }

    /** The parent's subgroup of this name, created if missing; one created meanwhile by another request is taken. */
    private KeycloakGroup group(KeycloakGroup parent, String name, Map<String, List<String>> attributes) {
        String path = parent.path() + "/" + name;
        return groups.groupByPath(path).orElseGet(() -> {
            try {
                return groups.createChildGroup(parent, name, attributes);
            } catch (KeycloakConflictException createdMeanwhile) {
                return groups.groupByPath(path).orElseThrow(() -> createdMeanwhile);
            }
        });
    }

    private boolean isMember(KeycloakUser user, KeycloakGroup group) {
        return users.groupsOf(user.id()).stream().anyMatch(g -> g.id().equals(group.id()));
    }

    private KeycloakUser existingUser(String username) {
        return users.findByLogin(username)
                .orElseThrow(() -> new InvalidRequestException("people.error.unknownUser", String.valueOf(username)));
    }

    private static String target(long contestId) {
        return "contest-grants/" + contestId;
    }

    /** As the audit log keeps it: {@code contest-grants/17 jury-member}. */
    private static String detail(ContestGrant grant) {
        return target(grant.contestId()) + " " + grant.role().keycloakName();
    }
}
