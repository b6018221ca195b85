package ru.portal500.identity.domain;

import ru.portal500.tenancy.domain.Scope;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may grant what where: inside their own scope, a coordinator only below their own rank. */
class CallerGrantsTest {

    private static final Scope SARATOV = Scope.ofRegion("64");
    private static final Scope ATKARSKY = Scope.ofMunicipality("64", "atkarsky");
    private static final Scope BALASHOVSKY = Scope.ofMunicipality("64", "balashovsky");
    private static final Scope ATK_1 = Scope.ofSchool("64", "atkarsky", "atk-1");
    private static final Scope ABINSKY = Scope.ofMunicipality("23", "abinsky");

    private static Caller holding(String... paths) {
        return Caller.authenticated("s", "u", "U", List.of(), List.of(paths));
    }

    @Test
    void grantedRolesCountAsHeld() {
        Caller curator = holding("/64/atkarsky/atk-1/curator", "/64/balashovsky/expert");
        assertEquals(Set.of(Role.CURATOR, Role.EXPERT), curator.getRoles());
        assertTrue(curator.holds(Role.CURATOR, ATK_1));
        assertFalse(curator.holds(Role.CURATOR, ATKARSKY), "a school's curator is not the municipality's");
        assertTrue(curator.holds(Role.EXPERT, Scope.ofSchool("64", "balashovsky", "bal-2")));
        assertFalse(curator.holds(Role.EXPERT, ATKARSKY));
    }

    @Test
    void aCoordinatorGrantsLowerRolesInTheirMunicipalityOnly() {
        Caller coordinator = holding("/64/atkarsky/municipal-coordinator");
        assertTrue(coordinator.mayGrant(new Grant(Role.CURATOR, ATK_1)));
        assertTrue(coordinator.mayGrant(new Grant(Role.EXPERT, ATKARSKY)));
        assertFalse(coordinator.mayGrant(new Grant(Role.MUNICIPAL_COORDINATOR, ATKARSKY)), "not their own rank");
        assertFalse(coordinator.mayGrant(new Grant(Role.REGIONAL_OPERATOR, SARATOV)), "not above");
        assertFalse(coordinator.mayGrant(new Grant(Role.EXPERT, SARATOV)), "not the whole region");
        assertFalse(coordinator.mayGrant(new Grant(Role.EXPERT, BALASHOVSKY)), "not the next municipality");
        assertFalse(coordinator.mayGrant(new Grant(Role.EXPERT, ABINSKY)), "not another region");
    }

    @Test
    void aRegionalOperatorGrantsAnyRoleOfTheirRegionOnly() {
        Caller operator = holding("/64/regional-operator");
        assertTrue(operator.mayGrant(new Grant(Role.REGIONAL_OPERATOR, SARATOV)));
        assertTrue(operator.mayGrant(new Grant(Role.MUNICIPAL_COORDINATOR, BALASHOVSKY)));
        assertTrue(operator.mayGrant(new Grant(Role.SCHOOL_TEAM, ATK_1)));
        assertFalse(operator.mayGrant(new Grant(Role.MUNICIPAL_COORDINATOR, ABINSKY)));
        assertTrue(operator.administers(ATK_1));
        assertFalse(operator.administers(ABINSKY));
    }

    @Test
    void nobodyElseGrantsAnything() {
        for (Caller caller : List.of(holding("/64/expert"), holding("/64/atkarsky/atk-1/school-team"),
                holding("/64/atkarsky/atk-1/curator"), holding("/64/contest-organiser"), Caller.anonymous(),
                Caller.authenticated("s", "t", "T", List.of("teacher", "regional-operator")))) {
            assertFalse(caller.mayGrant(new Grant(Role.TEACHER, ATK_1)), caller.toString());
            assertFalse(caller.administers(ATK_1), caller.toString());
        }
    }
}
