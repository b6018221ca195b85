package ru.portal500.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.application.TerritoryAccess;

import java.util.Optional;
import java.util.Set;

/** The directory of places' checks, made by the caller's roles and audited. */
@ApplicationScoped
public class TerritoryGuard implements TerritoryAccess {

    static final Set<Role> ADMINISTRATORS = Set.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR);

    @Inject
    AccessGuard guard;

    @Override
    public void requireAdministrator(String action) {
        guard.requireAnyRole(ADMINISTRATORS, action);
    }

    @Override
    public <T> T requireFound(Optional<T> found, String what) {
        return guard.requireFound(found, what);
    }
}
