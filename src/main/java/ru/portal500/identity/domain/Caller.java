package ru.portal500.identity.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: a person logged in through Keycloak (browser or bearer token), or a visitor.
 * The subject is Keycloak's stable user id; names are for display only.
 */
public final class Caller {

    private static final Caller ANONYMOUS = new Caller(null, null, null, Set.of());

    private final String subject;
    private final String username;
    private final String fullName;
    private final Set<Role> roles;

    private Caller(String subject, String username, String fullName, Set<Role> roles) {
        this.subject = subject;
        this.username = username;
        this.fullName = fullName;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    /** A logged-in person; Keycloak role names that are not portal roles are dropped. */
    public static Caller authenticated(String subject, String username, String fullName,
                                       Collection<String> keycloakRoles) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An authenticated caller needs a subject");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        keycloakRoles.forEach(name -> Role.fromKeycloakName(name).ifPresent(roles::add));
        String shownName = fullName == null || fullName.isBlank() ? username : fullName;
        return new Caller(subject, Objects.requireNonNullElse(username, subject), shownName, roles);
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
