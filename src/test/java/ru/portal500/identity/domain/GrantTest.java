package ru.portal500.identity.domain;

import ru.portal500.tenancy.domain.Scope;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrantTest {

    @Test
    void groupPathsOfEachLevelAreGrants() {
        assertEquals(Optional.of(new Grant(Role.REGIONAL_OPERATOR, Scope.ofRegion("64"))),
                Grant.fromGroupPath("/64/regional-operator"));
        assertEquals(Optional.of(new Grant(Role.MUNICIPAL_COORDINATOR, Scope.ofMunicipality("64", "atkarsky"))),
                Grant.fromGroupPath("/64/atkarsky/municipal-coordinator"));
        assertEquals(Optional.of(new Grant(Role.CURATOR, Scope.ofSchool("64", "atkarsky", "atk-1"))),
                Grant.fromGroupPath("/64/atkarsky/atk-1/curator"));
    }

    @Test
    void otherPathsAreNotGrants() {
        assertTrue(Grant.fromGroupPath("/64").isEmpty(), "a scope's own group");
        assertTrue(Grant.fromGroupPath("/64/atkarsky").isEmpty(), "a municipality is not a role");
        assertTrue(Grant.fromGroupPath("/64/atkarsky/atk-1/school-team/extra").isEmpty(), "too deep");
        assertTrue(Grant.fromGroupPath("/64/atkarsky/regional-operator").isEmpty(), "operators hold regions only");
        assertTrue(Grant.fromGroupPath("/64/curator").isEmpty(), "curators curate schools");
        assertTrue(Grant.fromGroupPath("/6 4/expert").isEmpty(), "not a code");
        assertTrue(Grant.fromGroupPath(null).isEmpty());
        assertTrue(Grant.fromGroupPath("/64/_contests/17/jury-member").isEmpty(), "a contest's jury is no place's");
        assertTrue(Grant.fromGroupPath("/64/_contests/17/contest-organiser").isEmpty());
        assertTrue(Grant.fromGroupPath("/64/contests/17/jury-member").isEmpty(),
                "not the jury of a school 17 in a municipality named contests: no school has a jury");
    }

    @Test
    void aGrantRoundTripsThroughItsPath() {
        Grant grant = new Grant(Role.EXPERT, Scope.ofMunicipality("23", "abinsky"));
        assertEquals("/23/abinsky/expert", grant.groupPath());
        assertEquals(Optional.of(grant), Grant.fromGroupPath(grant.groupPath()));
    }

    @Test
    void aRoleIsOnlyGrantedWhereItCanBeHeld() {
        assertThrows(IllegalArgumentException.class, () -> new Grant(Role.SCHOOL_TEAM, Scope.ofRegion("64")));
    }

    @Test
    void scopesContainTheirDescendantsOnly() {
        Scope region = Scope.ofRegion("64");
        Scope atkarsky = Scope.ofMunicipality("64", "atkarsky");
        Scope school = Scope.ofSchool("64", "atkarsky", "atk-1");
        assertTrue(region.contains(school));
        assertTrue(atkarsky.contains(school));
        assertTrue(school.contains(school));
        assertFalse(school.contains(atkarsky));
        assertFalse(atkarsky.contains(Scope.ofMunicipality("64", "balashovsky")));
        assertFalse(region.contains(Scope.ofRegion("23")));
        assertEquals(school, Scope.parse("/64/atkarsky/atk-1"));
        assertThrows(IllegalArgumentException.class, () -> Scope.parse("/64/a/b/c"));
        assertThrows(IllegalArgumentException.class, () -> Scope.parse("/../etc"));
    }
}
