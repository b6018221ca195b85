package ru.portal500.registry.domain;

import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Campaigns, schools and profiles of Саратовская область for the risk-profile rules' tests. */
final class RiskFixtures {

    static final Region SARATOV = new Region("64", "Саратовская область");
    static final Municipality ATKARSKY = new Municipality(SARATOV, "atkarsky", "Аткарский район");
    static final School ATK_1 = new School(ATKARSKY, "atk-1", "МБОУ «СОШ № 1 г. Аткарска»");
    static final ChangeStamp SCHOOL = new ChangeStamp("school", "Иван Директоров", Instant.parse("2026-02-01T09:00:00Z"));
    static final ChangeStamp CURATOR = new ChangeStamp("curator", "Сергей Кураторов", Instant.parse("2026-02-05T09:00:00Z"));

    private RiskFixtures() {
    }

    static Campaign campaign(int year) {
        return new Campaign(SARATOV, year, "500+ " + year, new CampaignSchedule(null, null, null, null, null, null,
                null, List.of()));
    }

    /** The federal catalogue of a campaign. */
    static RiskFactorCatalogue federal(Campaign campaign) {
        return new RiskFactorCatalogue(campaign, RiskFactorCatalogue.seed(campaign, List.of()));
    }

    /** Significances by position, e.g. {@code marks(catalogue, 1, HIGH, 2, LOW)}. */
    static Map<RiskFactor, Significance> marks(RiskFactorCatalogue catalogue, Object... positionsAndValues) {
        Map<RiskFactor, Significance> marks = new LinkedHashMap<>();
        for (int i = 0; i < positionsAndValues.length; i += 2) {
            marks.put(catalogue.activeAt((Integer) positionsAndValues[i]).orElseThrow(),
                    (Significance) positionsAndValues[i + 1]);
        }
        return marks;
    }

    /** Every active factor of the catalogue at the same significance. */
    static Map<RiskFactor, Significance> all(RiskFactorCatalogue catalogue, Significance significance) {
        Map<RiskFactor, Significance> marks = new LinkedHashMap<>();
        catalogue.active().forEach(f -> marks.put(f, significance));
        return marks;
    }
}
