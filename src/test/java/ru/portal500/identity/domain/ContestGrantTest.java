package ru.portal500.identity.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.tenancy.domain.Scope;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A role in one contest and its Keycloak group, which no reader of place paths takes for a place. */
class ContestGrantTest {

    @Test
    void aContestRoleLivesUnderTheRegionsContestsGroup() {
        ContestGrant juror = new ContestGrant("64", 17, Role.JURY_MEMBER);
        assertEquals("/64/_contests/17/jury-member", juror.groupPath());
        assertEquals("/64/_contests/17", ContestGrant.contestPath("64", 17));
        assertEquals("/64/_contests", ContestGrant.containerPath("64"));
        assertEquals("/23/_contests/5/contest-organiser", new ContestGrant("23", 5, Role.CONTEST_ORGANISER).groupPath());
    }

    @Test
    void aContestGrantRoundTripsThroughItsPath() {
        for (Role role : ContestGrant.ROLES) {
            ContestGrant grant = new ContestGrant("64", 123456789012L, role);
            assertEquals(Optional.of(grant), ContestGrant.fromGroupPath(grant.groupPath()));
        }
    }

    @Test
    void otherPathsAreNoContestGrant() {
        assertTrue(ContestGrant.fromGroupPath("/64/contests/17/jury-member").isEmpty(), "a municipality named contests");
        assertTrue(ContestGrant.fromGroupPath("/64/_contests/17/curator").isEmpty(), "only a contest's roles");
        assertTrue(ContestGrant.fromGroupPath("/64/_contests/17").isEmpty(), "the contest's own group");
        assertTrue(ContestGrant.fromGroupPath("/64/_contests").isEmpty(), "the region's contests group");
        assertTrue(ContestGrant.fromGroupPath("/64/_contests/0/jury-member").isEmpty(), "no contest 0");
        assertTrue(ContestGrant.fromGroupPath("/64/_contests/017/jury-member").isEmpty(), "one spelling per id");
        assertTrue(ContestGrant.fromGroupPath("/64/_contests/x/jury-member").isEmpty());
        assertTrue(ContestGrant.fromGroupPath("/64/_contests/17/jury-member/extra").isEmpty(), "too deep");
        assertTrue(ContestGrant.fromGroupPath("/64/atkarsky/_contests/17/jury-member").isEmpty(), "regions hold contests");
        assertTrue(ContestGrant.fromGroupPath("/6 4/_contests/17/jury-member").isEmpty(), "not a region code");
        assertTrue(ContestGrant.fromGroupPath("/64/jury-member").isEmpty(), "the region's jury role");
        assertTrue(ContestGrant.fromGroupPath("/64/atkarsky/atk-1/curator").isEmpty());
        assertTrue(ContestGrant.fromGroupPath(null).isEmpty());
    }

    @Test
    void noReaderOfPlacePathsTakesAContestForAPlace() {
        String path = new ContestGrant("64", 17, Role.JURY_MEMBER).groupPath();
        assertTrue(Grant.fromGroupPath(path).isEmpty(), "not a grant in a place");
        assertFalse(Scope.isCode(ContestGrant.CONTAINER), "the contests group is named as no place can be");
        assertThrows(IllegalArgumentException.class, () -> Scope.parse(ContestGrant.contestPath("64", 17)));
        assertThrows(IllegalArgumentException.class, () -> Scope.parse(ContestGrant.containerPath("64")));
    }

    @Test
    void onlyAContestsRolesInARealContest() {
        assertThrows(IllegalArgumentException.class, () -> new ContestGrant("64", 17, Role.CURATOR));
        assertThrows(IllegalArgumentException.class, () -> new ContestGrant("64", 0, Role.JURY_MEMBER));
        assertThrows(IllegalArgumentException.class, () -> new ContestGrant("Саратов", 17, Role.JURY_MEMBER));
    }
}
