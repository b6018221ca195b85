package ru.portal500.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Person;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.identity.infrastructure.KeycloakGroup;
import ru.portal500.identity.infrastructure.KeycloakGroups;
import ru.portal500.identity.infrastructure.KeycloakUser;
import ru.portal500.identity.infrastructure.KeycloakUsers;
import ru.portal500.identity.infrastructure.OidcSettings;
import ru.portal500.platform.config.PortalSettings;
import ru.portal500.shared.domain.InvalidRequestException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Regional operators and municipal coordinators manage the people of their scope: who holds what,
 * invitations, grants and revocations. Keycloak keeps the grants (group memberships); every change
 * is checked against the caller's own grants first and recorded in the audit log.
 */
@ApplicationScoped
public class PeopleAdministration {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s{}<>\"]{1,64}@[^@\\s{}<>\"]{1,255}\\.[^@\\s{}<>\"]{2,63}");
    private static final int INVITATION_LIFESPAN_SECONDS = 72 * 3600;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    KeycloakUsers users;

    @Inject
    KeycloakGroups keycloakGroups;

    @Inject
    ScopeGroups groups;

    @Inject
    OidcSettings oidc;

    @Inject
    PortalSettings settings;

    /** One person holding one grant. */
    public record Holder(String username, String fullName, String email, Grant grant) {
    }

    /** Everyone holding a role in the scope or below it (its schools), by scope, role and name. */
    public List<Holder> holders(Scope scope) {
        guard.require(guard.caller().administers(scope), scope, "people.list");
        List<Holder> holders = new ArrayList<>();
        keycloakGroups.groupByPath(scope.groupPath()).ifPresent(group -> collect(scope, group, holders));
        holders.sort(Comparator.comparing((Holder h) -> h.grant().scope().groupPath())
                .thenComparing(h -> h.grant().role()).thenComparing(Holder::fullName));
        return holders;
    }

    /** Everyone holding a role at exactly the scope (a region's own experts…, not its municipalities'). */
    public List<Holder> holdersAt(Scope scope) {
        guard.require(guard.caller().administers(scope), scope, "people.list");
        List<Holder> holders = new ArrayList<>();
        keycloakGroups.groupByPath(scope.groupPath()).ifPresent(group -> collect(scope, group, holders, false));
        holders.sort(Comparator.comparing((Holder h) -> h.grant().role()).thenComparing(Holder::fullName));
        return holders;
    }

    private void collect(Scope scope, KeycloakGroup group, List<Holder> holders) {
        collect(scope, group, holders, true);
    }

    private void collect(Scope scope, KeycloakGroup group, List<Holder> holders, boolean downwards) {
        for (KeycloakGroup child : keycloakGroups.children(group.id())) {
            Optional<Role> role = Role.fromKeycloakName(child.name());
            if (role.isPresent() && role.get().isGrantableAt(scope.level())) {
                Grant grant = new Grant(role.get(), scope);
                keycloakGroups.members(child.id()).forEach(user ->
                        holders.add(new Holder(user.username(), user.fullName(), user.email(), grant)));
            } else if (downwards && scope.level() != Scope.Level.SCHOOL && Scope.isCode(child.name())) {
                Scope below = scope.level() == Scope.Level.REGION
                        ? Scope.ofMunicipality(scope.region(), child.name())
                        : Scope.ofSchool(scope.region(), scope.municipality(), child.name());
                collect(below, child, holders);
            }
        }
    }

    /**
     * A person (by login, or by e-mail) as an administrator of {@code within} sees them: with the grants they
     * hold in its region. Empty when there is no such user.
     */
    public Optional<Person> person(String username, Scope within) {
        guard.require(guard.caller().administers(within), within, "people.read");
        return user(username).map(user -> new Person(user.username(), user.fullName(),
                users.groupsOf(user.id()).stream().map(g -> Grant.fromGroupPath(g.path())).flatMap(Optional::stream)
                        .filter(g -> g.scope().region().equals(within.region())).collect(Collectors.toSet())));
    }

    public void grant(String username, Grant grant) {
        requireMayGrant(grant, "people.grant");
        KeycloakUser user = existingUser(username);
        users.addToGroup(user.id(), groups.roleGroup(grant).id());
        audit.record(AuditEventType.ROLE_GRANTED, grant.scope(), user.username(), grant.role().keycloakName());
    }

    public void revoke(String username, Grant grant) {
        requireMayGrant(grant, "people.revoke");
        KeycloakUser user = existingUser(username);
        // Nothing to create for a revocation: without the group nobody holds the role.
        KeycloakGroup group = keycloakGroups.groupByPath(grant.groupPath())
                .filter(held -> users.groupsOf(user.id()).stream().anyMatch(g -> g.id().equals(held.id())))
                .orElseThrow(() -> new InvalidRequestException("people.error.notHeld", user.username()));
        users.removeFromGroup(user.id(), group.id());
        audit.record(AuditEventType.ROLE_REVOKED, grant.scope(), user.username(), grant.role().keycloakName());
    }

    /**
     * Creates the user in Keycloak, grants the role and has Keycloak e-mail them a one-time link to
     * set their password; after that the link leads to the portal's dashboard. Returns the new account's
     * Keycloak id (the subject of its tokens).
     */
    public String invite(String email, String firstName, String lastName, Grant grant) {
        requireMayGrant(grant, "people.invite");
        String address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            throw new InvalidRequestException("people.error.email", email);
        }
        if (isBlank(firstName) || isBlank(lastName)) {
            throw new InvalidRequestException("people.error.name");
        }
        if (users.findUserByEmail(address).isPresent() || users.findUser(address).isPresent()) {
            throw new InvalidRequestException("people.error.exists", address);
        }
        KeycloakGroup group = groups.roleGroup(grant);
        String userId = users.createUser(address, firstName.strip(), lastName.strip());
        try {
            users.addToGroup(userId, group.id());
            users.sendInvitation(userId, oidc.getClientId(), settings.page("/app/dashboard.xhtml"),
                    INVITATION_LIFESPAN_SECONDS);
        } catch (RuntimeException failed) {
            // No half-made account: without the mail nobody could use it, and a retry would be refused.
            users.deleteUser(userId);
            throw failed;
        }
        audit.record(AuditEventType.USER_INVITED, grant.scope(), address, grant.role().keycloakName());
        return userId;
    }

    private void requireMayGrant(Grant grant, String action) {
        guard.require(guard.caller().mayGrant(grant), grant.scope(), action + " " + grant.groupPath());
    }

    private KeycloakUser existingUser(String username) {
        return user(username)
                .orElseThrow(() -> new InvalidRequestException("people.error.unknownUser", String.valueOf(username)));
    }

    private Optional<KeycloakUser> user(String username) {
        return users.findByLogin(username);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
