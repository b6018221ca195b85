package ru.portal500.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.shared.domain.AccessDeniedException;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.domain.NoSuchResourceException;

import java.util.Collection;
import java.util.Optional;

/**
 * The checks services make before they act: a refusal is recorded in the audit log, then thrown
 * (403 for a right the caller lacks, 404 for anything outside their scope).
 */
@ApplicationScoped
public class AccessGuard {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditLog audit;

    public Caller caller() {
        return currentCaller.get();
    }

    public void requireAnyRole(Collection<Role> roles, String action) {
        if (!caller().hasAnyRole(roles)) {
            throw deny(null, action, "missing role");
        }
    }

    /** The thing, if the scoped query found it; otherwise a 404 that says nothing more. */
    public <T> T requireFound(Optional<T> found, String what) {
        return found.orElseThrow(() -> {
            audit.record(AuditEventType.ACCESS_DENIED, null, what, "not found in the caller's scope");
            return new NoSuchResourceException();
        });
    }

    /** Refuses unless allowed; the refusal is on record with its scope. */
    public void require(boolean allowed, Scope scope, String action) {
        if (!allowed) {
            throw deny(scope, action, "not allowed in this scope");
        }
    }

    /** The region a path names; a malformed code is a 400 before anything is looked up. */
    public Scope region(String regionCode) {
        if (!Scope.isCode(regionCode)) {
            throw new InvalidRequestException("import.error.region", String.valueOf(regionCode));
        }
        return Scope.ofRegion(regionCode);
    }

    /** Refuses unless the caller holds some role somewhere in the region. */
    public Scope requireActsIn(String regionCode, String action) {
        Scope region = region(regionCode);
        require(caller().getGrants().stream().anyMatch(g -> g.scope().region().equals(region.region())), region, action);
        return region;
    }

    /** Refuses unless the caller holds the role for the whole region. */
    public Scope requireHolds(Role role, String regionCode, String action) {
        Scope region = region(regionCode);
        require(caller().holds(role, region), region, action);
        return region;
    }

    public AccessDeniedException deny(Scope scope, String action, String reason) {
        audit.record(AuditEventType.ACCESS_DENIED, scope, action, reason);
        return new AccessDeniedException();
    }
}
