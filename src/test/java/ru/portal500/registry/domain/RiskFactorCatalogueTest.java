package ru.portal500.registry.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.shared.domain.InvalidRequestException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.registry.domain.RiskFixtures.campaign;
import static ru.portal500.registry.domain.RiskFixtures.federal;

class RiskFactorCatalogueTest {

    @Test
    void aRegionsFirstCampaignStartsWithTheTenFederalFactors() {
        List<RiskFactor> seeded = RiskFactorCatalogue.seed(campaign(2026), List.of());
        assertEquals(10, seeded.size());
        assertEquals("Низкий уровень оснащения школы", seeded.get(0).getTitle());
        assertEquals("Низкая учебная мотивация обучающихся", seeded.get(9).getTitle());
        for (int i = 0; i < 10; i++) {
            assertEquals(i + 1, seeded.get(i).getPosition());
            assertEquals(i + 1, seeded.get(i).getFederalNumber());
            assertFalse(seeded.get(i).isRetired());
        }
    }

    @Test
    void aLaterCampaignCopiesTheRegionsWordingButNotItsRetiredFactors() {
        Campaign first = campaign(2026);
        RiskFactorCatalogue previous = federal(first);
        previous.change(previous.activeAt(2).orElseThrow(), "Диффузия педагогических кадров", false);
        previous.change(previous.activeAt(6).orElseThrow(), "Низкое качество преодоления языковых барьеров", true);
        RiskFactor own = previous.add("Удалённость школы от районного центра");

        Campaign next = campaign(2027);
        List<RiskFactor> copied = RiskFactorCatalogue.seed(next, previous.all());
        assertEquals(10, copied.size(), "nine federal factors and the region's own");
        assertTrue(copied.stream().allMatch(f -> f.getCampaign() == next));
        assertEquals("Диффузия педагогических кадров", copied.get(1).getTitle());
        assertEquals(2, copied.get(1).getFederalNumber());
        assertTrue(copied.stream().noneMatch(f -> f.getPosition() == 6), "the retired factor is not carried over");
        RiskFactor carried = copied.get(9);
        assertEquals(own.getTitle(), carried.getTitle());
        assertEquals(11, carried.getPosition());
        assertNull(carried.getFederalNumber());
    }

    @Test
    void anAddedFactorGoesLastWithoutAFederalNumber() {
        RiskFactorCatalogue catalogue = federal(campaign(2026));
        RiskFactor added = catalogue.add("  Удалённость   школы ");
        assertEquals(11, added.getPosition());
        assertEquals("Удалённость школы", added.getTitle(), "spaces tidied");
        assertNull(added.getFederalNumber());
        assertEquals(11, catalogue.active().size());
    }

    @Test
    void activeTitlesAreUniqueWhateverTheCaseOrTheLetterYo() {
        RiskFactorCatalogue catalogue = federal(campaign(2026));
        InvalidRequestException twice = assertThrows(InvalidRequestException.class,
                () -> catalogue.add("низкий уровень вовлечённости родителей"));
        assertEquals("risk.factor.error.duplicate", twice.messageKey());
        RiskFactor first = catalogue.activeAt(1).orElseThrow();
        assertThrows(InvalidRequestException.class,
                () -> catalogue.change(first, "Дефицит педагогических кадров", false));
        catalogue.change(first, "Низкий уровень оснащения школы", false);
        assertEquals("Низкий уровень оснащения школы", first.getTitle(), "keeping its own title is no clash");
    }

    @Test
    void aRetiredFactorIsKeptButNoLongerOffered() {
        RiskFactorCatalogue catalogue = federal(campaign(2026));
        RiskFactor sixth = catalogue.activeAt(6).orElseThrow();
        catalogue.change(sixth, sixth.getTitle(), true);
        assertTrue(sixth.isRetired());
        assertEquals(9, catalogue.active().size());
        assertEquals(10, catalogue.all().size());
        assertTrue(catalogue.activeAt(6).isEmpty());
        catalogue.change(sixth, sixth.getTitle(), false);
        assertEquals(10, catalogue.active().size(), "and may come back");
    }

    @Test
    void titlesAreNeitherBlankNorBareNumbersNorTooLong() {
        RiskFactorCatalogue catalogue = federal(campaign(2026));
        for (String bad : new String[] {"", "   ", "12", "x".repeat(RiskFactor.MAX_TITLE + 1)}) {
            InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> catalogue.add(bad));
            assertEquals("risk.factor.error.title", refused.messageKey());
        }
        assertEquals(10, catalogue.all().size());
    }

    @Test
    void factorsMatchAcrossCampaignsByFederalNumberOrPosition() {
        RiskFactorCatalogue catalogue = federal(campaign(2026));
        assertEquals("federal-3", catalogue.activeAt(3).orElseThrow().matchKey());
        assertEquals("position-11", catalogue.add("Своё").matchKey());
    }
}
