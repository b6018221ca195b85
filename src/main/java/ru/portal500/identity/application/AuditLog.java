package ru.portal500.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import ru.portal500.identity.domain.AuditEvent;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.identity.infrastructure.AuditRepository;
import ru.portal500.shared.domain.AccessDeniedException;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The security audit log: records events of the current request, and lets regional operators read their region's. */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditRepository repository;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    Clock clock = Clock.systemUTC();

    /**
     * Records an event of the current caller in the region where it happened; with no scope, in each
     * region the caller acts in (by a grant in a place, or in a contest of the region). A refusal in a region that is not the caller's is shown in the caller's
     * regions too (with its real scope), so that their own operators see the attempt.
     */
    public void record(AuditEventType type, Scope scope, String target, String detail) {
        Caller caller = currentCaller.get();
        String address = clientAddress();
        if (scope == null) {
            List<Scope> regions = regionsOf(caller);
            if (regions.isEmpty()) {
                repository.append(new AuditEvent(clock.instant(), type, caller, null, target, detail, address));
            }
            regions.forEach(r -> repository.append(
                    new AuditEvent(clock.instant(), type, caller, r, target, detail, address)));
            return;
        }
        repository.append(new AuditEvent(clock.instant(), type, caller, scope, target, detail, address));
        if (type == AuditEventType.ACCESS_DENIED) {
            regionsOf(caller).stream().map(Scope::region).filter(r -> !r.equals(scope.region()))
                    .forEach(region -> repository.append(new AuditEvent(clock.instant(), type, caller, region,
                            scope, target, detail, address)));
        }
    }

    private static List<Scope> regionsOf(Caller caller) {
        return java.util.stream.Stream.concat(caller.getGrants().stream().map(Grant::scope).map(Scope::region),
                caller.contestRegions().stream()).distinct().sorted().map(Scope::ofRegion).toList();
    }

    /** The entries of the regions the caller is regional operator of; others are refused. */
    public List<AuditEvent> search(AuditRepository.AuditQuery query) {
        Caller caller = currentCaller.get();
        Set<String> regions = caller.scopesOf(Set.of(Role.REGIONAL_OPERATOR)).stream().map(Scope::region)
                .collect(Collectors.toSet());
        if (regions.isEmpty()) {
            record(AuditEventType.ACCESS_DENIED, null, "audit", "not a regional operator");
            throw new AccessDeniedException();
        }
        return repository.search(query, regions);
    }

    private String clientAddress() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException noRequest) {
            return null;
        }
    }
}
