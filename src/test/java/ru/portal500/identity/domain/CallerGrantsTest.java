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

    @Test
    void aContestGrantIsKnownByItsContestAndRole() {
        Caller juror = holding("/64/_contests/17/jury-member", "/64/_contests/21/contest-organiser",
                "/64/atkarsky/atk-1/school-team");
        assertTrue(juror.judgesContest(17));
        assertFalse(juror.judgesContest(21), "organising is not judging");
        assertTrue(juror.organisesContest(21));
        assertFalse(juror.organisesContest(17), "judging is not organising");
        assertFalse(juror.judgesContest(18));
        assertEquals(Set.of(17L), juror.contestsJudged());
        assertEquals(Set.of(21L), juror.contestsOrganised());
        assertEquals(Set.of("64"), juror.contestRegions());
        assertTrue(juror.holds(Role.SCHOOL_TEAM, ATK_1), "their place grant stays as it was");
    }

    @Test
    void aContestGrantGivesNoRightInAnyPlaceNorTheRegionsRole() {
        Caller juror = holding("/64/_contests/17/jury-member", "/64/_contests/17/contest-organiser");
        assertEquals(Set.of(), juror.getGrants(), "no place grant");
        assertEquals(Set.of(), juror.getRoles(), "the region's jury role is not theirs");
        assertFalse(juror.holds(Role.JURY_MEMBER, SARATOV));
        assertFalse(juror.holds(Role.CONTEST_ORGANISER, SARATOV));
        assertTrue(juror.scopesOf(Set.of(Role.values())).isEmpty());
        assertTrue(juror.regions().isEmpty(), "pages do not open on a region for them");
        assertFalse(juror.administers(SARATOV));
        assertFalse(juror.mayGrantRole(Role.JURY_MEMBER));
    }

    @Test
    void theRegionsContestRolesAreNotAContestsGrant() {
        Caller organiser = holding("/64/contest-organiser", "/64/jury-member");
        assertTrue(organiser.holds(Role.CONTEST_ORGANISER, SARATOV));
        assertTrue(organiser.hasRole(Role.JURY_MEMBER));
        assertFalse(organiser.organisesContest(17));
        assertFalse(organiser.judgesContest(17));
        assertTrue(organiser.contestsJudged().isEmpty());
    }

    @Test
    void aMunicipalityNamedContestsIsNoContestAndHoldsNoContestRole() {
        Caller caller = holding("/64/contests/17/jury-member", "/64/contests/17/contest-organiser",
                "/64/contests/jury-member", "/64/_contests/17/curator", "/64/_contests/17", "/64/_contests");
        assertEquals(Set.of(), caller.getGrants(), "no school 17 of a municipality named contests");
        assertTrue(caller.contestsJudged().isEmpty(), "only the _contests group holds contests");
        assertTrue(caller.contestsOrganised().isEmpty());
        assertEquals(Set.of(), caller.getRoles());
        Caller curator = holding("/64/contests/17/curator");
        assertTrue(curator.holds(Role.CURATOR, Scope.ofSchool("64", "contests", "17")),
                "a real place coded contests is a place like any other");
        assertTrue(curator.contestsJudged().isEmpty() && curator.contestsOrganised().isEmpty());
    }

    @Test
    void theContestGrantsOutliveTheEmailAddress() {
        Caller juror = holding("/64/_contests/17/jury-member").withEmail("juror@school.ru");
        assertTrue(juror.judgesContest(17));
        assertFalse(Caller.anonymous().judgesContest(17));
    }
}
