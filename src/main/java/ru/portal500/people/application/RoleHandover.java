package ru.portal500.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import ru.portal500.identity.application.PeopleAdministration;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.shared.domain.InvalidRequestException;

import java.util.Locale;

/**
 * Handing a role over when staff change: the new holder gets the grant, then the old one loses it (so that the
 * place is never without its holder). The work list follows by itself: it is computed from the grants. A curator's
 * place on the school's pairs is a record of its own: the pairs that named the old curator name the new one
 * ({@link RoleHandedOver}, which registry observes).
 */
@ApplicationScoped
public class RoleHandover {

    @Inject
    PeopleAdministration people;

    @Inject
    Event<RoleHandedOver> handedOver;

    public void handOver(HandoverRequest request) {
        if (request == null) {
            throw new InvalidRequestException("handover.error.same");
        }
        Grant grant = grant(request.role, request.scope);
        String from = request.from == null ? "" : request.from.strip();
        String to = request.to == null ? "" : request.to.strip();
        if (from.isEmpty() || to.isEmpty() || from.toLowerCase(Locale.ROOT).equals(to.toLowerCase(Locale.ROOT))) {
            throw new InvalidRequestException("handover.error.same");
        }
        var within = people.person(from, grant.scope());
        if (within.isEmpty() || !within.get().holds(grant)) {
            throw new InvalidRequestException("people.error.notHeld", from);
        }
        var successor = people.person(to, grant.scope())
                .orElseThrow(() -> new InvalidRequestException("people.error.unknownUser", to));
        if (!successor.holds(grant)) {
            people.grant(successor.username(), grant);
        }
        people.revoke(within.get().username(), grant);
        handedOver.fire(new RoleHandedOver(grant, within.get().username(), successor));
    }

    static Grant grant(String role, String scope) {
        Role parsedRole = Role.fromKeycloakName(role)
                .orElseThrow(() -> new InvalidRequestException("people.error.unknownRole", String.valueOf(role)));
        Scope parsedScope;
        try {
            parsedScope = Scope.parse(scope);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("people.error.unknownScope", String.valueOf(scope));
        }
        if (!parsedRole.isGrantableAt(parsedScope.level())) {
            throw new InvalidRequestException("people.error.roleLevel", role, scope);
        }
        return new Grant(parsedRole, parsedScope);
    }
}
