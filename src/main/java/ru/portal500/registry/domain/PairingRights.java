package ru.portal500.registry.domain;

import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who forms pairs and names their helpers: the municipal coordinator of the supported school's
 * municipality, and the regional operator. A coordinator chooses curator schools of their own
 * municipality; a curator school of another municipality is the region's choice (regional operator),
 * since it gives that school a status in the campaign its own coordinator did not decide.
 */
public final class PairingRights {

    private static final Set<Role> MANAGERS = EnumSet.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR);

    private PairingRights() {
    }

    public static boolean mayManage(Caller caller, Scope school) {
        return caller.holdsAny(MANAGERS, school);
    }

    /** Whether the caller may pair {@code school} with a curator school of {@code curatorMunicipality}. */
    public static boolean mayChooseCuratorIn(Caller caller, Scope school, Scope curatorMunicipality) {
        return mayManage(caller, school) && (school.parent().orElseThrow().equals(curatorMunicipality)
                || caller.holds(Role.REGIONAL_OPERATOR, Scope.ofRegion(school.region())));
    }
}
