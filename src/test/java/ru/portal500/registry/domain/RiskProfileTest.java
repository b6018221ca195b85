package ru.portal500.registry.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.portal500.shared.domain.InvalidRequestException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.registry.domain.RiskFixtures.ATK_1;
import static ru.portal500.registry.domain.RiskFixtures.CURATOR;
import static ru.portal500.registry.domain.RiskFixtures.SCHOOL;
import static ru.portal500.registry.domain.RiskFixtures.all;
import static ru.portal500.registry.domain.RiskFixtures.marks;
import static ru.portal500.registry.domain.Significance.HIGH;
import static ru.portal500.registry.domain.Significance.LOW;
import static ru.portal500.registry.domain.Significance.MEDIUM;

class RiskProfileTest {

    private RiskFactorCatalogue catalogue;
    private RiskProfile profile;

    @BeforeEach
    void aDraftOfAtk1() {
        Campaign campaign = RiskFixtures.campaign(2026);
        catalogue = RiskFixtures.federal(campaign);
        profile = new RiskProfile(campaign, ATK_1);
    }

    private RiskFactor factor(int position) {
        return catalogue.activeAt(position).orElseThrow();
    }

    private static List<RiskProfileChange.Kind> kinds(List<RiskProfileChange> changes) {
        return changes.stream().map(RiskProfileChange::getKind).toList();
    }

    private void verified() {
        profile.assess(all(catalogue, MEDIUM), SCHOOL);
        profile.verify(catalogue.active(), CURATOR);
    }

    @Test
    void eachChangedSignificanceIsALineOfTheStory() {
        List<RiskProfileChange> first = profile.assess(marks(catalogue, 1, HIGH, 2, LOW), SCHOOL);
        assertEquals(2, first.size());
        RiskProfileChange change = first.get(0);
        assertEquals(RiskProfileChange.Kind.SIGNIFICANCE, change.getKind());
        assertEquals("Низкий уровень оснащения школы", change.getFactorTitle());
        assertEquals(1, change.getFactorPosition());
        assertNull(change.getFrom());
        assertEquals(HIGH, change.getTo());
        assertEquals("school", change.getBy());
        assertEquals("Иван Директоров", change.getByName());
        assertEquals(SCHOOL.at(), change.getAt());

        List<RiskProfileChange> second = profile.assess(marks(catalogue, 1, MEDIUM, 2, LOW), SCHOOL);
        assertEquals(1, second.size(), "an unchanged significance is not a change");
        assertEquals(HIGH, second.get(0).getFrom());
        assertEquals(MEDIUM, second.get(0).getTo());
        assertEquals(MEDIUM, profile.markOf(factor(1)).orElseThrow().getSignificance());
        assertEquals(LOW, profile.markOf(factor(2)).orElseThrow().getSignificance(), "factors not given keep theirs");
    }

    @Test
    void theStoryIsNumberedInOrderAndASurveySaysSoFirst() {
        assertEquals(List.of(1, 2), lines(profile.assess(marks(catalogue, 1, HIGH, 2, LOW), SCHOOL)));
        List<RiskProfileChange> survey = profile.assessFromSurvey(marks(catalogue, 1, HIGH, 3, MEDIUM), SCHOOL);
        assertEquals(List.of(RiskProfileChange.Kind.IMPORTED, RiskProfileChange.Kind.SIGNIFICANCE), kinds(survey));
        assertEquals(List.of(3, 4), lines(survey));
        assertEquals(List.of(), profile.assessFromSurvey(marks(catalogue, 3, MEDIUM), SCHOOL), "nothing new");
        assertEquals(List.of(5), lines(profile.assess(marks(catalogue, 4, LOW), SCHOOL)),
                "a survey that changed nothing took no line");
    }

    private static List<Integer> lines(List<RiskProfileChange> changes) {
        return changes.stream().map(RiskProfileChange::getLine).toList();
    }

    @Test
    void aClearedSignificanceRemovesTheMark() {
        profile.assess(marks(catalogue, 3, HIGH), SCHOOL);
        Map<RiskFactor, Significance> clear = new HashMap<>();
        clear.put(factor(3), null);
        List<RiskProfileChange> changes = profile.assess(clear, SCHOOL);
        assertEquals(HIGH, changes.get(0).getFrom());
        assertNull(changes.get(0).getTo());
        assertTrue(profile.markOf(factor(3)).isEmpty());
    }

    @Test
    void theCuratorVerifiesACompleteDraftAndItIsRecorded() {
        profile.assess(all(catalogue, MEDIUM), SCHOOL);
        RiskProfileChange verification = profile.verify(catalogue.active(), CURATOR);
        assertEquals(RiskProfileChange.Kind.VERIFIED, verification.getKind());
        assertEquals(RiskProfileState.VERIFIED, profile.getState());
        assertEquals("curator", profile.getVerifiedBy());
        assertEquals("Сергей Кураторов", profile.getVerifiedByName());
        assertEquals(CURATOR.at(), profile.getVerifiedAt());
        InvalidRequestException again = assertThrows(InvalidRequestException.class,
                () -> profile.verify(catalogue.active(), CURATOR));
        assertEquals("risk.profile.error.verified", again.messageKey());
    }

    @Test
    void anIncompleteDraftIsNotVerifiedAndTheMissingFactorsAreNamed() {
        profile.assess(marks(catalogue, 1, HIGH), SCHOOL);
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> profile.verify(catalogue.active(), CURATOR));
        assertEquals("risk.profile.error.incomplete", refused.messageKey());
        assertTrue(refused.arguments()[0].toString().startsWith("2. Дефицит педагогических кадров; 3. "),
                refused.arguments()[0].toString());
        assertEquals(RiskProfileState.DRAFT, profile.getState());
    }

    @Test
    void aRetiredFactorNeedsNoSignificanceToVerify() {
        profile.assess(all(catalogue, LOW), SCHOOL);
        RiskFactor extra = catalogue.add("Удалённость школы");
        catalogue.change(extra, extra.getTitle(), true);
        profile.verify(catalogue.active(), CURATOR);
        assertEquals(RiskProfileState.VERIFIED, profile.getState());
    }

    @Test
    void aChangeAfterVerificationReturnsTheProfileToDraftOnRecord() {
        verified();
        List<RiskProfileChange> changes = profile.assess(marks(catalogue, 4, HIGH), SCHOOL);
        assertEquals(List.of(RiskProfileChange.Kind.SIGNIFICANCE, RiskProfileChange.Kind.RETURNED_TO_DRAFT),
                kinds(changes));
        assertEquals(RiskProfileState.DRAFT, profile.getState());
        assertNull(profile.getVerifiedBy());
        assertNull(profile.getVerifiedAt());

        verified();
        assertEquals(List.of(), profile.assess(marks(catalogue, 4, MEDIUM), SCHOOL), "nothing changed: still verified");
        assertEquals(RiskProfileState.VERIFIED, profile.getState());
    }

    @Test
    void factorsAreChosenOnAVerifiedProfileOnly() {
        profile.assess(all(catalogue, HIGH), SCHOOL);
        InvalidRequestException draft = assertThrows(InvalidRequestException.class,
                () -> profile.choose(Set.of(factor(1)), SCHOOL));
        assertEquals("risk.profile.error.notVerified", draft.messageKey());
        profile.verify(catalogue.active(), CURATOR);

        List<RiskProfileChange> chosen = profile.choose(Set.of(factor(2), factor(8)), SCHOOL);
        assertEquals(List.of(RiskProfileChange.Kind.CHOSEN, RiskProfileChange.Kind.CHOSEN), kinds(chosen));
        assertEquals(Set.of(factor(2), factor(8)), profile.chosen());
        assertEquals(RiskProfileState.VERIFIED, profile.getState(), "choosing does not reopen the diagnosis");

        List<RiskProfileChange> changed = profile.choose(Set.of(factor(8), factor(10)), CURATOR);
        assertEquals(2, changed.size());
        assertTrue(changed.stream().anyMatch(c -> c.getKind() == RiskProfileChange.Kind.DROPPED
                && c.getFactorPosition() == 2));
        assertTrue(changed.stream().anyMatch(c -> c.getKind() == RiskProfileChange.Kind.CHOSEN
                && c.getFactorPosition() == 10));
    }

    @Test
    void aChosenFactorNeedsASignificanceAndLosesTheChoiceWithIt() {
        verified();
        profile.choose(Set.of(factor(5)), SCHOOL);
        Map<RiskFactor, Significance> clear = new HashMap<>();
        clear.put(factor(5), null);
        List<RiskProfileChange> changes = profile.assess(clear, SCHOOL);
        assertEquals(List.of(RiskProfileChange.Kind.DROPPED, RiskProfileChange.Kind.SIGNIFICANCE,
                RiskProfileChange.Kind.RETURNED_TO_DRAFT), kinds(changes));
        assertFalse(profile.chosen().contains(factor(5)));

        profile.assess(marks(catalogue, 5, HIGH), SCHOOL);
        profile.verify(catalogue.active(), CURATOR);
        RiskFactor unassessed = catalogue.add("Удалённость школы");
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> profile.choose(Set.of(unassessed), SCHOOL));
        assertEquals("risk.profile.error.unassessed", refused.messageKey());
        assertEquals(Set.of(), profile.chosen(), "nothing chosen by a refused choice");
    }

    @Test
    void onlyTheCampaignsActiveFactorsAreMarked() {
        RiskFactor otherCampaigns = RiskFixtures.federal(RiskFixtures.campaign(2027)).activeAt(1).orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> profile.assess(Map.of(otherCampaigns, HIGH), SCHOOL));
        RiskFactor retired = factor(7);
        catalogue.change(retired, retired.getTitle(), true);
        assertThrows(IllegalArgumentException.class, () -> profile.assess(Map.of(retired, HIGH), SCHOOL));
    }
}
