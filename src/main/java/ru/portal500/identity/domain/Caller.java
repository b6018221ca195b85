package ru.portal500.identity.domain;

import ru.portal500.tenancy.domain.Scope;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling: a person logged in through Keycloak (browser or bearer token), or a visitor.
 * A person holds roles in scopes (grants, from Keycloak groups) and may hold scope-less roles
 * (realm roles such as teacher). The subject is Keycloak's stable user id; names are for display.
 * Roles in single contests ({@link ContestGrant}) come from Keycloak groups too but are kept apart:
 * they are no grant in any place, and no role held in general.
 */
public final class Caller {

    private static final Caller ANONYMOUS = new Caller(null, null, null, Set.of(), Set.of(), Set.of(), null);

    private final String subject;
    private final String username;
    private final String fullName;
    private final Set<Role> roles;
    private final Set<Grant> grants;
    private final Set<ContestGrant> contestGrants;
    private final String email;

    private Caller(String subject, String username, String fullName, Set<Role> roles, Set<Grant> grants,
                   Set<ContestGrant> contestGrants, String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.subject = subject;
        this.username = username;
        this.fullName = fullName;
        this.roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        this.grants = Set.copyOf(grants);
        this.contestGrants = Set.copyOf(contestGrants);
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    /** A logged-in person without scoped grants (realm roles only). */
    public static Caller authenticated(String subject, String username, String fullName,
                                       Collection<String> keycloakRoles) {
        return authenticated(subject, username, fullName, keycloakRoles, Set.of());
    }

    /**
     * A logged-in person. Keycloak role names that are not portal roles, and group paths that are
     * not grants, are dropped. Every granted role counts as held, except a role in a single contest.
     */
    public static Caller authenticated(String subject, String username, String fullName,
                                       Collection<String> keycloakRoles, Collection<String> groupPaths) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An authenticated caller needs a subject");
        }
        Set<Grant> grants = new LinkedHashSet<>();
        groupPaths.forEach(path -> Grant.fromGroupPath(path).ifPresent(grants::add));
        Set<ContestGrant> contestGrants = new LinkedHashSet<>();
        groupPaths.forEach(path -> ContestGrant.fromGroupPath(path).ifPresent(contestGrants::add));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        keycloakRoles.forEach(name -> Role.fromKeycloakName(name).ifPresent(roles::add));
        grants.forEach(g -> roles.add(g.role()));
        String shownName = fullName == null || fullName.isBlank() ? username : fullName;
        return new Caller(subject, Objects.requireNonNullElse(username, subject), shownName, roles, grants,
                contestGrants, null);
    }

    public boolean isAuthenticated() {
        return subject != null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** True when the caller holds the role in a scope that contains the target. */
    public boolean holds(Role role, Scope target) {
        return grants.stream().anyMatch(g -> g.role() == role && g.scope().contains(target));
    }

    public boolean holdsAny(Collection<Role> wanted, Scope target) {
        return wanted.stream().anyMatch(role -> holds(role, target));
    }

    /** The scopes in which the caller holds one of the roles. */
    public Set<Scope> scopesOf(Collection<Role> wanted) {
        return grants.stream().filter(g -> wanted.contains(g.role())).map(Grant::scope)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The regions the caller acts in (holds any role in), by code; a page opens on the first. */
    public java.util.SortedSet<String> regions() {
        return grants.stream().map(g -> g.scope().region())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Whether the caller may grant (or revoke) this grant: only inside a scope they administer, a
     * regional operator any role of their region, a municipal coordinator only roles below their own.
     */
    public boolean mayGrant(Grant grant) {
        return administeringGrant(grant.scope())
                .filter(own -> own.role() == Role.REGIONAL_OPERATOR || grant.role().rank() < own.role().rank())
                .isPresent();
    }

    /**
     * Whether the role is one the caller may grant somewhere they administer: any role for a regional operator,
     * only roles below their own for a municipal coordinator (where it is held is a question of its own).
     */
    public boolean mayGrantRole(Role role) {
        return grants.stream().anyMatch(g -> g.role() == Role.REGIONAL_OPERATOR
                || g.role() == Role.MUNICIPAL_COORDINATOR && role.rank() < g.role().rank());
    }

    /** Whether the caller administers people in the scope (regional operator or municipal coordinator). */
    public boolean administers(Scope scope) {
        return administeringGrant(scope).isPresent();
    }

    private Optional<Grant> administeringGrant(Scope scope) {
        return grants.stream()
                .filter(g -> g.role() == Role.REGIONAL_OPERATOR || g.role() == Role.MUNICIPAL_COORDINATOR)
                .filter(g -> g.scope().contains(scope))
                .max((a, b) -> Integer.compare(a.role().rank(), b.role().rank()));
    }

    /** Whether the caller is one of the organisers of this contest (a grant for the contest, not the region's role). */
    public boolean organisesContest(long contestId) {
        return holdsInContest(Role.CONTEST_ORGANISER, contestId);
    }

    /** Whether the caller is on this contest's jury. */
    public boolean judgesContest(long contestId) {
        return holdsInContest(Role.JURY_MEMBER, contestId);
    }

    private boolean holdsInContest(Role role, long contestId) {
        return contestGrants.stream().anyMatch(g -> g.role() == role && g.contestId() == contestId);
    }

    /** The contests the caller organises, by id in ascending order. */
    public java.util.SortedSet<Long> contestsOrganised() {
        return contestsWhere(Role.CONTEST_ORGANISER);
    }

    /** The contests whose jury the caller is on, by id in ascending order. */
    public java.util.SortedSet<Long> contestsJudged() {
        return contestsWhere(Role.JURY_MEMBER);
    }

    private java.util.SortedSet<Long> contestsWhere(Role role) {
        return contestGrants.stream().filter(g -> g.role() == role).map(ContestGrant::contestId)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The regions of the contests the caller organises or judges, by code. */
    public java.util.SortedSet<String> contestRegions() {
        return contestGrants.stream().map(ContestGrant::region)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The caller's roles in single contests. */
    public Set<ContestGrant> getContestGrants() {
        return contestGrants;
    }

    /** The same caller with the e-mail address their token carries (none: null). */
    public Caller withEmail(String address) {
        return isAuthenticated() ? new Caller(subject, username, fullName, roles, grants, contestGrants, address) : this;
    }

    /** The e-mail address from the token, or null. */
    public String getEmail() {
        return email;
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    /** Roles in the enum's order, so that screens list them the same way every time. */
    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public Set<Grant> getGrants() {
        return grants;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Caller other && Objects.equals(subject, other.subject);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(subject);
    }

    @Override
    public String toString() {
        return isAuthenticated() ? "Caller[" + username + "]" : "Caller[anonymous]";
    }
}
