package ru.portal500.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import ru.portal500.identity.application.PeopleAdministration;
import ru.portal500.identity.application.GrantRequest;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.application.TerritoryDirectory;

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

    @Inject
    TerritoryDirectory territories;

    /**
     * Hands the role over. The fields a person fills in are checked first, in the form's order (who, to whom, the
     * role, the place), then whether the role is held at that place, then the people; a refusal names the role and
     * the place in words.
     */
    public void handOver(HandoverRequest request) {
        HandoverRequest asked = request == null ? new HandoverRequest() : request;
        String from = asked.from == null ? "" : asked.from.strip();
        String to = asked.to == null ? "" : asked.to.strip();
        if (from.isEmpty()) {
            throw new InvalidRequestException("handover.error.from");
        }
        if (to.isEmpty()) {
            throw new InvalidRequestException("handover.error.to");
        }
        if (asked.role == null || asked.role.isBlank()) {
            throw new InvalidRequestException("handover.error.role");
        }
        if (asked.scope == null || asked.scope.isBlank()) {
            throw new InvalidRequestException("handover.error.place");
        }
        Grant grant = grant(asked.role, asked.scope);
        if (from.toLowerCase(Locale.ROOT).equals(to.toLowerCase(Locale.ROOT))) {
            throw new InvalidRequestException("handover.error.same");
        }
        var within = people.person(from, grant.scope());
        if (within.isEmpty() || !within.get().holds(grant)) {
            throw new InvalidRequestException("handover.error.notHeld", from,
                    new Texts.Phrase("Role." + grant.role().name()), placeName(grant.scope()));
        }
        var successor = people.person(to, grant.scope())
                .orElseThrow(() -> new InvalidRequestException("people.error.unknownUser", to));
        if (!successor.holds(grant)) {
            people.grant(successor.username(), grant);
        }
        people.revoke(within.get().username(), grant);
        handedOver.fire(new RoleHandedOver(grant, within.get().username(), successor));
    }

    private Grant grant(String role, String scope) {
        Role parsedRole = GrantRequest.roleNamed(role);
        Scope parsedScope = GrantRequest.placeNamed(scope);
        if (!parsedRole.isGrantableAt(parsedScope.level())) {
            throw new InvalidRequestException("handover.error.roleAtPlace",
                    new Texts.Phrase("Role." + parsedRole.name()), placeName(parsedScope));
        }
        return new Grant(parsedRole, parsedScope);
    }

    /** The place's name (a school's, a municipality's), or its path when the directory does not know it. */
    private String placeName(Scope scope) {
        return territories.placeName(scope).orElse(scope.groupPath());
    }
}
