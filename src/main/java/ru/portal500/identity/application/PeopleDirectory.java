package ru.portal500.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.identity.infrastructure.KeycloakGroups;
import ru.portal500.identity.infrastructure.KeycloakUser;
import ru.portal500.identity.infrastructure.KeycloakUsers;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * How the portal itself reaches people (to notify them): who holds a role at exactly one place, and a
 * person's name and e-mail. It makes NO access check — for the portal's own use only; never return what
 * it finds to a caller as is (people lists for callers are {@link PeopleAdministration}'s, which checks).
 */
@ApplicationScoped
public class PeopleDirectory {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,255}");

    @Inject
    KeycloakUsers users;

    @Inject
    KeycloakGroups groups;

    /** A person as the portal addresses them; the e-mail is empty when Keycloak has none. */
    public record Contact(String username, String fullName, String email) {
    }

    /**
     * The people holding the role at exactly this place (not above it, not below it), by name. None when
     * the role cannot be held there or nobody was ever granted it.
     */
    public List<Contact> holding(Role role, Scope scope) {
        if (!role.isGrantableAt(scope.level())) {
            return List.of();
        }
        return groups.groupByPath(new Grant(role, scope).groupPath())
                .map(group -> groups.members(group.id()).stream().map(PeopleDirectory::contact)
                        .sorted(Comparator.comparing(Contact::fullName)).toList())
                .orElse(List.of());
    }

    /** The person with this login, if there is one. */
    public Optional<Contact> person(String username) {
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            return Optional.empty();
        }
        return users.findUser(username.strip()).map(PeopleDirectory::contact);
    }

    /**
     * The grants a person holds in a region, for the portal's own work on someone's behalf (an expert's conflicts
     * of interest when a reviewer who declined is replaced); none when there is no such user.
     */
    public Set<Grant> grantsIn(String username, String regionCode) {
        return person(username).flatMap(c -> users.findUser(c.username()))
                .map(user -> users.groupsOf(user.id()).stream().map(g -> Grant.fromGroupPath(g.path()))
                        .flatMap(Optional::stream).filter(g -> g.scope().region().equals(regionCode))
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private static Contact contact(KeycloakUser user) {
        return new Contact(user.username(), user.fullName(), user.email());
    }
}
