package ru.portal500.identity.domain;

import ru.portal500.tenancy.domain.Scope;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A role held in a scope: "municipal coordinator of Аткарский район". In Keycloak it is membership
 * of the group {@code <scope path>/<role>}, e.g. {@code /64/atkarsky/municipal-coordinator}; the
 * token lists these paths in its {@code portal_scopes} claim.
 */
public record Grant(Role role, Scope scope) {

    public Grant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        if (!role.isGrantableAt(scope.level())) {
            throw new IllegalArgumentException(role + " cannot be granted at the " + scope.level() + " level");
        }
    }

    public String groupPath() {
        return scope.groupPath() + "/" + role.keycloakName();
    }

    /** The grant a group path stands for; paths that are not grants (a scope's own group…) stand for none. */
    public static Optional<Grant> fromGroupPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        List<String> parts = Arrays.stream(path.split("/")).filter(p -> !p.isEmpty()).toList();
        if (parts.size() < 2 || parts.size() > 4 || !parts.stream().allMatch(Scope::isCode)) {
            return Optional.empty();
        }
        Optional<Role> role = Role.fromKeycloakName(parts.get(parts.size() - 1));
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Scope scope = switch (parts.size()) {
            case 2 -> Scope.ofRegion(parts.get(0));
            case 3 -> Scope.ofMunicipality(parts.get(0), parts.get(1));
            default -> Scope.ofSchool(parts.get(0), parts.get(1), parts.get(2));
        };
        return role.get().isGrantableAt(scope.level()) ? Optional.of(new Grant(role.get(), scope)) : Optional.empty();
    }

    @Override
    public String toString() {
        return groupPath();
    }
}
