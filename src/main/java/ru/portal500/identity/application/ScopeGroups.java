package ru.portal500.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.identity.domain.Scope;
import ru.portal500.identity.domain.ScopeGroup;
import ru.portal500.identity.infrastructure.KeycloakAdmin;
import ru.portal500.identity.infrastructure.KeycloakAdmin.KeycloakConflictException;
import ru.portal500.identity.infrastructure.KeycloakAdmin.KeycloakGroup;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.application.TerritoryDirectory;

import java.util.List;

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
    KeycloakAdmin keycloak;

    @Inject
    TerritoryDirectory directory;

    /** The group of the grant (e.g. {@code /64/atkarsky/atk-77/curator}), created with its place's group if missing. */
    public KeycloakGroup roleGroup(Grant grant) {
        return keycloak.groupByPath(grant.groupPath()).orElseGet(() -> {
            KeycloakGroup place = placeGroup(grant.scope());
            return roleGroupsOf(place, grant.scope()).stream()
                    .filter(g -> g.name().equals(grant.role().keycloakName())).findFirst()
                    .orElseThrow(() -> unknown(grant.scope()));
        });
    }

    private KeycloakGroup placeGroup(Scope scope) {
        return keycloak.groupByPath(scope.groupPath()).orElseGet(() -> create(scope));
    }

    private KeycloakGroup create(Scope scope) {
        Scope parentScope = scope.parent().orElseThrow(() -> unknown(scope));
        ScopeGroup layout = new ScopeGroup(scope, directory.placeName(scope).orElseThrow(() -> unknown(scope)));
        KeycloakGroup parent = placeGroup(parentScope);
        try {
            return keycloak.createChildGroup(parent, layout.name(), layout.attributes());
        } catch (KeycloakConflictException createdMeanwhile) {
            return keycloak.groupByPath(scope.groupPath()).orElseThrow(() -> createdMeanwhile);
        }
    }

    /** The place's role subgroups, each carrying its realm role; missing ones are added. */
    private List<KeycloakGroup> roleGroupsOf(KeycloakGroup place, Scope scope) {
        List<KeycloakGroup> existing = keycloak.children(place.id());
        return ScopeGroup.rolesAt(scope.level()).stream().map(role -> {
            KeycloakGroup group = existing.stream().filter(g -> g.name().equals(role.keycloakName())).findFirst()
                    .orElseGet(() -> createRoleGroup(place, role));
            keycloak.addRealmRoles(group.id(), List.of(role.keycloakName()));
            return group;
        }).toList();
    }

    private KeycloakGroup createRoleGroup(KeycloakGroup place, Role role) {
        try {
            return keycloak.createChildGroup(place, role.keycloakName(), ScopeGroup.ROLE_ATTRIBUTES);
        } catch (KeycloakConflictException createdMeanwhile) {
            return keycloak.children(place.id()).stream()
                    .filter(g -> g.name().equals(role.keycloakName())).findFirst()
                    .orElseThrow(() -> createdMeanwhile);
        }
    }

    private static InvalidRequestException unknown(Scope scope) {
        return new InvalidRequestException("people.error.unknownScope", scope.groupPath());
    }
}
