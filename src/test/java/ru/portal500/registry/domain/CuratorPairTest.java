package ru.portal500.registry.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Person;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of pairs: which schools pair, who helps them, what re-pairing and dissolving do. */
class CuratorPairTest {

    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

    private final Region saratov = new Region("64", "Саратовская область");
    private final Municipality atkarsky = new Municipality(saratov, "atkarsky", "Аткарский район");
    private final Municipality balashovsky = new Municipality(saratov, "balashovsky", "Балашовский район");
    private final School atk1 = new School(atkarsky, "atk-1", "СОШ № 1 г. Аткарска");
    private final School atk3 = new School(atkarsky, "atk-3", "СОШ № 3 г. Аткарска");
    private final School bal2 = new School(balashovsky, "bal-2", "СОШ № 2 г. Балашова");
    private final Campaign campaign = new Campaign(saratov, 2026, "500+ 2025/26",
            new CampaignSchedule(null, null, null, null, null, null, null, List.of()));

    private CampaignSchool standing(School school, SchoolStatus status) {
        CampaignSchool standing = new CampaignSchool(campaign, school);
        standing.decide(status, status == SchoolStatus.LOW_RESULTS, status == SchoolStatus.LOW_RESULTS ? null
                : "решение оператора", "operator", NOW);
        return standing;
    }

    private CuratorPair atk1WithAtk3() {
        return new CuratorPair(standing(atk1, SchoolStatus.LOW_RESULTS), atk3, null, "coordinator", NOW);
    }

    private static Person person(String username, Grant... grants) {
        return new Person(username, username + " И.", Set.of(grants));
    }

    private static String refusal(Runnable action) {
        return assertThrows(InvalidRequestException.class, action::run).messageKey();
    }

    @Test
    void aLowResultsOrSocialRiskSchoolPairsWithAnotherSchoolOfTheRegion() {
        CuratorPair pair = atk1WithAtk3();
        assertSame(atk1, pair.getSchool());
        assertSame(campaign, pair.getCampaign());
        assertEquals("coordinator", pair.getFormedBy());
        assertEquals(NOW, pair.getFormedAt());
        assertEquals(null, pair.getAgreementDocumentId(), "no network agreement until documents exist");
        new CuratorPair(standing(atk1, SchoolStatus.SOCIAL_RISK), bal2, SchoolStatus.CURATOR_SCHOOL, "operator", NOW);
        new CuratorPair(standing(atk1, SchoolStatus.LOW_RESULTS), atk3, SchoolStatus.OTHER, "operator", NOW);
    }

    @Test
    void onlySupportedSchoolsArePairedAndNeverWithThemselvesOrAnotherSupportedSchool() {
        assertEquals("pairs.error.notSupported", refusal(() ->
                new CuratorPair(standing(atk3, SchoolStatus.CURATOR_SCHOOL), atk1, null, "c", NOW)));
        assertEquals("pairs.error.notSupported", refusal(() ->
                new CuratorPair(standing(atk3, SchoolStatus.OTHER), atk1, null, "c", NOW)));
        assertEquals("pairs.error.self", refusal(() ->
                new CuratorPair(standing(atk1, SchoolStatus.LOW_RESULTS), atk1, SchoolStatus.LOW_RESULTS, "c", NOW)));
        assertEquals("pairs.error.curatorSupported", refusal(() ->
                new CuratorPair(standing(atk1, SchoolStatus.LOW_RESULTS), bal2, SchoolStatus.SOCIAL_RISK, "c", NOW)));
        School abinsk = new School(new Municipality(new Region("23", "Краснодарский край"), "abinsky", "Абинский"),
                "abn-4", "СОШ № 4 г. Абинска");
        assertEquals("pairs.error.otherRegion", refusal(() ->
                new CuratorPair(standing(atk1, SchoolStatus.LOW_RESULTS), abinsk, null, "c", NOW)));
    }

    @Test
    void aCuratorSchoolWithoutStatusBecomesACuratorSchoolAndOneWithAStatusKeepsIt() {
        CampaignSchool made = CuratorPair.curatorStanding(campaign, atk3, Optional.empty(), "coordinator", NOW)
                .orElseThrow();
        assertEquals(SchoolStatus.CURATOR_SCHOOL, made.getStatus());
        assertFalse(made.isProposed());
        assertEquals(null, made.getReason());
        assertEquals("coordinator", made.getDecidedBy());
        assertEquals(Optional.empty(), CuratorPair.curatorStanding(campaign, atk3,
                Optional.of(standing(atk3, SchoolStatus.OTHER)), "coordinator", NOW));
    }

    @Test
    void aCuratorMayBeAnyoneWithAnAccountMentorsAndTutorsTakePartInTheRegion() {
        CuratorPair pair = atk1WithAtk3();
        Scope curatorSchool = atk3.scope();
        Person director = person("director", new Grant(Role.SCHOOL_TEAM, curatorSchool));
        Person expert = person("expert", new Grant(Role.EXPERT, Scope.ofRegion("64")));

        pair.name(HelperFunction.TUTOR, director, curatorSchool, false, "coordinator", NOW);
        assertFalse(pair.name(HelperFunction.MENTOR, expert, curatorSchool, true, "coordinator", NOW)
                .isGrantsCuratorRole(), "only curators get a role");
        PairHelper curator = pair.name(HelperFunction.CURATOR, director, curatorSchool, true, "coordinator", NOW);
        assertTrue(curator.isGrantsCuratorRole());
        assertEquals("director И.", curator.getDisplayName());

        assertTrue(pair.name(HelperFunction.CURATOR, expert, curatorSchool, true, "c", NOW).isGrantsCuratorRole(),
                "anyone with an account may be named curator, not only the curator school's staff");
        assertTrue(pair.name(HelperFunction.CURATOR, person("newcomer"), curatorSchool, true, "c", NOW)
                .isGrantsCuratorRole(), "a newcomer without any role too");
        assertEquals("pairs.error.helperNotInRegion", refusal(() ->
                pair.name(HelperFunction.MENTOR, person("teacher"), curatorSchool, false, "c", NOW)));
        assertEquals("pairs.error.helperNamed", refusal(() ->
                pair.name(HelperFunction.CURATOR, director, curatorSchool, true, "c", NOW)));
        assertEquals(List.of(HelperFunction.CURATOR, HelperFunction.CURATOR, HelperFunction.CURATOR,
                        HelperFunction.MENTOR, HelperFunction.TUTOR),
                pair.getHelpers().stream().map(PairHelper::getFunction).toList(), "curators first, whatever the order named");
    }

    @Test
    void rePairingKeepsOnlyTheHelpersWhoStillFit() {
        CuratorPair pair = atk1WithAtk3();
        Person director = person("director", new Grant(Role.SCHOOL_TEAM, atk3.scope()));
        Person expert = person("expert", new Grant(Role.EXPERT, Scope.ofRegion("64")));
        pair.name(HelperFunction.CURATOR, director, atk3.scope(), true, "c", NOW);
        pair.name(HelperFunction.MENTOR, expert, atk3.scope(), false, "c", NOW);
        pair.name(HelperFunction.TUTOR, person("gone", new Grant(Role.TEACHER, atk3.scope())), atk3.scope(), false,
                "c", NOW);
        Map<String, Person> people = Map.of("director", director, "expert", expert);

        List<PairHelper> leaving = pair.changeCurator(bal2, SchoolStatus.CURATOR_SCHOOL,
                h -> Optional.ofNullable(people.get(h.getUsername())));

        assertEquals(List.of("director", "gone"), leaving.stream().map(PairHelper::getUsername).toList(),
                "the former curator school's director, and a person no longer in Keycloak");
        assertEquals(List.of("expert"), pair.getHelpers().stream().map(PairHelper::getUsername).toList());
        assertEquals("pairs.error.curatorSupported", refusal(() ->
                pair.changeCurator(atk3, SchoolStatus.LOW_RESULTS, h -> Optional.empty())));
    }

    @Test
    void aPairIsDissolvedOnlyWithoutHelpers() {
        CuratorPair pair = atk1WithAtk3();
        pair.requireDissolvable();
        PairHelper mentor = pair.name(HelperFunction.MENTOR, person("expert", new Grant(Role.EXPERT,
                Scope.ofRegion("64"))), atk3.scope(), false, "c", NOW);
        assertEquals("pairs.error.helpersRemain", refusal(pair::requireDissolvable));
        pair.remove(mentor);
        pair.requireDissolvable();
    }

    @Test
    void theCuratorRoleAPairGrantedGoesWithTheLastPairNamingThePerson() {
        Person director = person("director", new Grant(Role.SCHOOL_TEAM, atk3.scope()));
        PairHelper lastYear = atk1WithAtk3().name(HelperFunction.CURATOR, director, atk3.scope(), true, "c", NOW);
        PairHelper thisYear = atk1WithAtk3().name(HelperFunction.CURATOR, director, atk3.scope(), false, "c", NOW);

        assertFalse(PairHelper.releasesCuratorRole(lastYear, List.of(lastYear, thisYear)),
                "another pair still needs the role");
        assertTrue(thisYear.isGrantsCuratorRole(), "and now revokes it when it lets go");
        assertTrue(PairHelper.releasesCuratorRole(thisYear, List.of(thisYear)));

        PairHelper heldBefore = atk1WithAtk3().name(HelperFunction.CURATOR, director, atk3.scope(), false, "c", NOW);
        assertFalse(PairHelper.releasesCuratorRole(heldBefore, List.of()), "a role held before naming stays");
    }

    @Test
    void aCuratorsHandoverPutsTheSuccessorInTheirPlaceOnThePair() {
        CuratorPair pair = atk1WithAtk3();
        Scope atk3Scope = atk3.scope();
        PairHelper leaving = pair.name(HelperFunction.CURATOR, person("ivanova"), atk3Scope, true, "coordinator", NOW);
        pair.name(HelperFunction.MENTOR, person("ivanova", new Grant(Role.TEACHER, Scope.ofRegion("64"))), atk3Scope,
                false, "coordinator", NOW);

        PairHelper successor = pair.handOverCurator(leaving, person("petrov"), "coordinator", NOW.plusSeconds(60));
        assertEquals("petrov", successor.getUsername());
        assertEquals("petrov И.", successor.getDisplayName());
        assertTrue(successor.isGrantsCuratorRole(), "the role the pair granted is now the successor's through it");
        assertTrue(pair.helper(HelperFunction.CURATOR, "ivanova").isEmpty(), "the old curator is no longer named");
        assertTrue(pair.helper(HelperFunction.MENTOR, "ivanova").isPresent(), "their other place on the pair stays");
        assertEquals(List.of("petrov", "ivanova"), pair.getHelpers().stream().map(PairHelper::getUsername).toList());

        assertThrows(IllegalArgumentException.class, () -> pair.handOverCurator(leaving, person("sidorov"),
                "coordinator", NOW), "a place already handed over");
    }

    @Test
    void aSuccessorNamedAlreadyStaysAndTakesTheRoleThePairGranted() {
        CuratorPair pair = atk1WithAtk3();
        PairHelper leaving = pair.name(HelperFunction.CURATOR, person("ivanova"), atk3.scope(), true, "coordinator", NOW);
        PairHelper named = pair.name(HelperFunction.CURATOR, person("petrov"), atk3.scope(), false, "coordinator", NOW);
        assertSame(named, pair.handOverCurator(leaving, person("petrov"), "coordinator", NOW));
        assertEquals(List.of(named), pair.getHelpers());
        assertTrue(named.isGrantsCuratorRole());
    }
}
