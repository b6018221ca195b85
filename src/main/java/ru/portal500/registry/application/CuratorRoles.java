package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.PeopleAdministration;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Person;
import ru.portal500.identity.domain.Role;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.HelperFunction;
import ru.portal500.registry.domain.PairHelper;
import ru.portal500.registry.infrastructure.PairRepository;

/**
 * A pair's curators hold the curator role at its school, so that they can verify the school's risk
 * profile and check its documents: granted when a pair names them, revoked when the last pair that
 * needs it lets them go (never a role they held before). Keycloak is asked last, after the database
 * has taken the change, so that a refusal there leaves nothing half-written.
 */
@ApplicationScoped
class CuratorRoles {

    @Inject
    PeopleAdministration people;

    @Inject
    PairRepository pairs;

    static Grant at(CuratorPair pair) {
        return new Grant(Role.CURATOR, pair.getSchool().scope());
    }

    /** Whether naming the person curator of the pair grants them the role (they do not hold it yet). */
    static boolean grantedByNaming(CuratorPair pair, HelperFunction function, Person person) {
        return function == HelperFunction.CURATOR && !person.holds(at(pair));
    }

    void grant(CuratorPair pair, PairHelper named) {
        if (named.isGrantsCuratorRole()) {
            pairs.flush();
            people.grant(named.getUsername(), at(pair));
        }
    }

    /** The helper has left the pair. */
    void release(CuratorPair pair, PairHelper leaving) {
        if (leaving.getFunction() != HelperFunction.CURATOR) {
            return;
        }
        pairs.flush();
        if (PairHelper.releasesCuratorRole(leaving, pairs.curatorsNaming(pair.getSchool(), leaving.getUsername()))
                && people.person(leaving.getUsername(), pair.getSchool().scope())
                .filter(p -> p.holds(at(pair))).isPresent()) {
            people.revoke(leaving.getUsername(), at(pair));
        }
    }
}
