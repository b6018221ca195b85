package ru.portal500.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.identity.domain.ScopeGroup;
import ru.portal500.identity.infrastructure.KeycloakConflictException;
import ru.portal500.identity.infrastructure.KeycloakGroup;
import ru.portal500.identity.infrastructure.KeycloakGroups;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.application.TerritoryDirectory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Keycloak groups grants live in. A school (or municipality) imported into the directory after
 * the realm was set up has no group yet: the first grant there creates it, laid out as the realm's
 * own places ({@link ScopeGroup}). Creation is idempotent: what exists is kept, what is missing is
 * added, a concurrent creation is picked up. Only places of the directory, within the caller's scope,
 * get a group; regions come with the realm.
 */
@ApplicationScoped
public class ScopeGroups {

    @Inject
    KeycloakGroups keycloak;

    @Inject
    TerritoryDirectory directory;

    /** The group of the grant (e.g. {@code /64/atkarsky/atk-77/curator}), created with its place's group if missing. */
    public KeycloakGroup roleGroup(Grant grant) {
        return keycloak.groupByPath(grant.groupPath()).orElseGet(() -> child(laidOut(grant.scope()),
                grant.role().keycloakName()).orElseThrow(() -> unknown(grant.scope())));
    }

    /** The place's group with a subgroup per role, each carrying its realm role; whatever is missing is added. */
    private KeycloakGroup laidOut(Scope scope) {
        KeycloakGroup place = keycloak.groupByPath(scope.groupPath()).orElseGet(() -> create(scope));
        for (Role role : ScopeGroup.rolesAt(scope.level())) {
            KeycloakGroup group = child(place, role.keycloakName())
                    .orElseGet(() -> createChild(place, role.keycloakName(), ScopeGroup.ROLE_ATTRIBUTES));
            keycloak.addRealmRoles(group.id(), List.of(role.keycloakName()));
        }
        return place;
    }

    private KeycloakGroup create(Scope scope) {
        Scope parentScope = scope.parent().orElseThrow(() -> unknown(scope));
        ScopeGroup layout = new ScopeGroup(scope, directory.placeName(scope).orElseThrow(() -> unknown(scope)));
        KeycloakGroup parent = keycloak.groupByPath(parentScope.groupPath()).orElseGet(() -> laidOut(parentScope));
        return createChild(parent, layout.name(), layout.attributes());
    }

    private KeycloakGroup createChild(KeycloakGroup parent, String name, Map<String, List<String>> attributes) {
        try {
            return keycloak.createChildGroup(parent, name, attributes);
        } catch (KeycloakConflictException createdMeanwhile) {
            return child(parent, name).orElseThrow(() -> createdMeanwhile);
        }
    }

    private Optional<KeycloakGroup> child(KeycloakGroup parent, String name) {
        return keycloak.children(parent.id()).stream().filter(g -> g.name().equals(name)).findFirst();
    }

    private static InvalidRequestException unknown(Scope scope) {
        return new InvalidRequestException("people.error.unknownScope", scope.groupPath());
    }
}
