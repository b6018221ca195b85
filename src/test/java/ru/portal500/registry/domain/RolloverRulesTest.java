package ru.portal500.registry.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Person;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The next school year's rules: a school leaving the programme with its reason, last year's pair carried over. */
class RolloverRulesTest {

    private static final Instant NOW = Instant.parse("2026-08-25T09:00:00Z");
    private static final ChangeStamp OPERATOR = new ChangeStamp("operator", "Ольга Операторова", NOW);

    private final Region saratov = new Region("64", "Саратовская область");
    private final Municipality atkarsky = new Municipality(saratov, "atkarsky", "Аткарский район");
    private final School atk1 = new School(atkarsky, "atk-1", "СОШ № 1 г. Аткарска");
    private final School atk3 = new School(atkarsky, "atk-3", "СОШ № 3 г. Аткарска");
    private final Campaign last = new Campaign(saratov, 2026, "500+ 2025/26",
            new CampaignSchedule(null, null, null, null, null, null, null, List.of()));
    private final Campaign next = new Campaign(saratov, 2027, "500+ 2026/27",
            new CampaignSchedule(null, null, null, null, null, null, null, List.of()));

    private static String refusal(Runnable action) {
        return assertThrows(RegistryRuleException.class, action::run).messageKey();
    }

    @Test
    void aSchoolLeavesTheProgrammeWithAReasonAndWordsForOther() {
        CampaignSchool row = new CampaignSchool(next, atk1);
        assertEquals("rollover.error.leavingReason", refusal(() -> row.leave(SchoolStatus.LOW_RESULTS, null,
                "улучшились", OPERATOR)));
        assertEquals("rollover.error.leavingWords", refusal(() -> row.leave(SchoolStatus.LOW_RESULTS,
                LeavingReason.OTHER, "  ", OPERATOR)));
        assertNull(row.getDecidedBy(), "nothing recorded on a refusal");
        RegistryChange change = row.leave(SchoolStatus.LOW_RESULTS, LeavingReason.RESULTS_IMPROVED, null, OPERATOR);
        assertEquals(SchoolStatus.OTHER, row.getStatus());
        assertEquals(LeavingReason.RESULTS_IMPROVED, row.leaving().orElseThrow());
        assertEquals(RegistryChange.Kind.LEFT_PROGRAMME, change.getKind());
        assertEquals("LOW_RESULTS", change.getFrom());
        assertEquals("RESULTS_IMPROVED", change.getTo());
        assertFalse(change.getKind().isAboutPairs());
        row.decide(SchoolStatus.LOW_RESULTS, false, "Результаты снова низкие по ВПР", OPERATOR);
        assertTrue(row.leaving().isEmpty(), "a later decision takes it back into the programme");
    }

    @Test
    void lastYearsPairIsConfirmedWithTheHelpersKeptOrDroppedWithANote() {
        CampaignSchool standing = new CampaignSchool(last, atk1);
        standing.decide(SchoolStatus.LOW_RESULTS, true, null, "operator", NOW);
        CuratorPair pair = new CuratorPair(standing, atk3, null, "coordinator", NOW);
        Person director = new Person("director", "Дарья Директорова", Set.of(new Grant(Role.SCHOOL_TEAM,
                atk3.scope())));
        Person mentor = new Person("mentor", "Михаил Наставников", Set.of(new Grant(Role.EXPERT,
                ru.portal500.tenancy.domain.Scope.ofRegion("64"))));
        pair.name(HelperFunction.CURATOR, director, atk3.scope(), true, "coordinator", NOW);
        pair.name(HelperFunction.MENTOR, mentor, atk3.scope(), false, "coordinator", NOW);

        assertEquals("campaign.error.invalid", refusal(() -> new CarriedPair(pair, last)));
        CarriedPair carried = new CarriedPair(pair, next);
        assertEquals(List.of(new CarriedPair.Helper(HelperFunction.CURATOR, "director", "Дарья Директорова"),
                new CarriedPair.Helper(HelperFunction.MENTOR, "mentor", "Михаил Наставников")), carried.getHelpers());
        assertTrue(carried.isProposed());
        assertEquals("rollover.error.unknownHelper", refusal(() -> carried.confirm(List.of("stranger"), OPERATOR)));
        assertTrue(carried.isProposed(), "nothing decided on a refusal");
        assertEquals(List.of(new CarriedPair.Helper(HelperFunction.CURATOR, "director", "Дарья Директорова")),
                carried.confirm(List.of("director"), OPERATOR), "the mentor left out by whoever confirms");
        assertEquals(CarriedPair.State.CONFIRMED, carried.getState());
        assertEquals("rollover.error.pairDecided", refusal(() -> carried.drop("поздно", OPERATOR)));

        CarriedPair other = new CarriedPair(pair, next);
        assertEquals("rollover.error.dropNote", refusal(() -> other.drop(" ", OPERATOR)));
        other.drop("Куратором станет школа своего района", OPERATOR);
        assertEquals(CarriedPair.State.DROPPED, other.getState());
        assertEquals("Куратором станет школа своего района", other.getNote());
    }

    @Test
    void aCampaignIsArchivedOnlyForItsNextYear() {
        Campaign twoLater = new Campaign(saratov, 2028, "500+ 2027/28",
                new CampaignSchedule(null, null, null, null, null, null, null, List.of()));
        assertEquals("campaign.error.invalid", refusal(() -> last.archiveFor(twoLater, NOW)));
        assertFalse(last.isArchived());
        last.archiveFor(next, NOW);
        assertTrue(last.isArchived());
        assertEquals("campaign.error.archived", refusal(last::requireOpen));
    }
}
