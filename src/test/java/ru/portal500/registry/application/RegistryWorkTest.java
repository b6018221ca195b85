package ru.portal500.registry.application;

import org.junit.jupiter.api.Test;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.RiskFactorCatalogue;
import ru.portal500.registry.domain.RiskProfile;
import ru.portal500.registry.domain.Significance;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryWorkTest {

    private static final Region SARATOV = new Region("64", "Саратовская область");
    private static final School ATK_1 = new School(new Municipality(SARATOV, "atkarsky", "Аткарский район"), "atk-1",
            "МБОУ «СОШ № 1 г. Аткарска»");
    private static final ChangeStamp SCHOOL = new ChangeStamp("school", "Иван Директоров",
            Instant.parse("2026-02-01T09:00:00Z"));
    private static final ChangeStamp CURATOR = new ChangeStamp("curator", "Сергей Кураторов",
            Instant.parse("2026-02-05T09:00:00Z"));

    private static Map<RiskFactor, Significance> marks(List<RiskFactor> factors) {
        Map<RiskFactor, Significance> marks = new LinkedHashMap<>();
        factors.forEach(f -> marks.put(f, Significance.MEDIUM));
        return marks;
    }

    @Test
    void aProfileWaitsForItsCuratorOnceEveryActiveFactorHasItsSignificanceAndUntilItIsVerified() {
        Campaign campaign = new Campaign(SARATOV, 2026, "500+ 2025/26", new CampaignSchedule(null, null, null, null,
                null, null, null, List.of()));
        RiskFactorCatalogue catalogue = new RiskFactorCatalogue(campaign, RiskFactorCatalogue.seed(campaign, List.of()));
        List<RiskFactor> active = catalogue.active();
        RiskProfile profile = new RiskProfile(campaign, ATK_1);
        assertFalse(RegistryWork.readyToVerify(profile, active), "nothing entered");
        profile.assess(marks(active.subList(0, 3)), SCHOOL);
        assertFalse(RegistryWork.readyToVerify(profile, active), "three of ten");
        profile.assess(marks(active), SCHOOL);
        assertTrue(RegistryWork.readyToVerify(profile, active));
        assertFalse(RegistryWork.waitsForChoice(profile), "a draft is not chosen from");
        profile.verify(active, CURATOR);
        assertFalse(RegistryWork.readyToVerify(profile, active), "verified");
        assertTrue(RegistryWork.waitsForChoice(profile), "now the team chooses the risks to work on");
        profile.choose(Set.of(active.get(0)), SCHOOL);
        assertFalse(RegistryWork.waitsForChoice(profile));
    }

    @Test
    void theOperatorDecidesAboutProposedSchoolsNobodyHasDecidedAbout() {
        assertEquals(2, RegistryWork.undecided(List.of(1L, 2L, 3L), List.of(2L, 7L)));
        assertEquals(0, RegistryWork.undecided(List.of(1L), List.of(1L)));
        assertEquals(1, RegistryWork.undecided(List.of(4L, 4L), List.of()), "a school counts once");
    }
}
