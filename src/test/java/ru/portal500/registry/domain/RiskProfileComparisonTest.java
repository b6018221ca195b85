package ru.portal500.registry.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static ru.portal500.registry.domain.RiskFixtures.ATK_1;
import static ru.portal500.registry.domain.RiskFixtures.CURATOR;
import static ru.portal500.registry.domain.RiskFixtures.SCHOOL;
import static ru.portal500.registry.domain.RiskFixtures.all;
import static ru.portal500.registry.domain.RiskFixtures.marks;
import static ru.portal500.registry.domain.Significance.HIGH;
import static ru.portal500.registry.domain.Significance.LOW;
import static ru.portal500.registry.domain.Significance.MEDIUM;

class RiskProfileComparisonTest {

    @Test
    void profilesOfSeveralCampaignsSideBySideNewestFirstMatchedDespiteNewWording() {
        Campaign first = RiskFixtures.campaign(2026);
        RiskFactorCatalogue catalogue2026 = RiskFixtures.federal(first);
        RiskFactor own2026 = catalogue2026.add("Удалённость школы");
        RiskProfile profile2026 = new RiskProfile(first, ATK_1);
        profile2026.assess(all(catalogue2026, HIGH), SCHOOL);
        profile2026.verify(catalogue2026.active(), CURATOR);
        profile2026.choose(Set.of(catalogue2026.activeAt(2).orElseThrow()), SCHOOL);

        Campaign second = RiskFixtures.campaign(2027);
        RiskFactorCatalogue catalogue2027 = new RiskFactorCatalogue(second,
                RiskFactorCatalogue.seed(second, catalogue2026.all()));
        catalogue2027.change(catalogue2027.activeAt(2).orElseThrow(), "Диффузия педагогических кадров", false);
        RiskProfile profile2027 = new RiskProfile(second, ATK_1);
        profile2027.assess(marks(catalogue2027, 2, LOW, 11, MEDIUM), SCHOOL);

        RiskProfileComparison comparison = RiskProfileComparison.of(List.of(profile2026, profile2027));
        assertEquals(List.of(2027, 2026), comparison.columns().stream()
                .map(RiskProfileComparison.Column::schoolYear).toList());
        assertEquals(RiskProfileState.DRAFT, comparison.columns().get(0).state());
        assertEquals(RiskProfileState.VERIFIED, comparison.columns().get(1).state());

        RiskProfileComparison.Row staff = comparison.rows().get(0);
        assertEquals("Диффузия педагогических кадров", staff.title(), "titled as in the newest campaign");
        assertEquals(Arrays.asList(new RiskProfileComparison.Cell(LOW, false), new RiskProfileComparison.Cell(HIGH, true)),
                staff.cells());
        RiskProfileComparison.Row own = comparison.rows().get(1);
        assertEquals(own2026.matchKey(), own.key(), "the region's own factor is matched by its position");
        assertEquals(MEDIUM, own.cells().get(0).significance());
        assertEquals(HIGH, own.cells().get(1).significance());

        RiskProfileComparison.Row equipment = comparison.rows().stream()
                .filter(r -> r.key().equals("federal-1")).findFirst().orElseThrow();
        assertNull(equipment.cells().get(0), "not marked in 2027");
        assertEquals(11, comparison.rows().size());
    }
}
