package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignPlanned;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.RiskFactorCatalogue;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.registry.infrastructure.RiskFactorRepository;

import java.util.List;

/**
 * Campaigns' catalogues of risk factors: set up when a campaign is planned (the region's previous
 * wording, or the federal ten), read by everyone acting in the region, edited by the regional operator.
 */
@ApplicationScoped
public class RiskFactorCatalogues {

    @Inject
    AccessGuard guard;

    @Inject
    CampaignRepository campaigns;

    @Inject
    RiskFactorRepository factors;

    /** Inside the planning transaction: the campaign is planned with its catalogue or not at all. */
    void setUp(@Observes CampaignPlanned planned) {
        Campaign campaign = planned.campaign();
        RiskFactorCatalogue.seed(campaign, factors.previousCatalogue(campaign)).forEach(factors::add);
    }

    /** Every factor of the campaign, retired ones too, by position. */
    public List<RiskFactor> of(String region, int year) {
        guard.requireActsIn(region, "risk-factors.list");
        return factors.of(campaign(region, year));
    }

    @Transactional
    public RiskFactor add(String region, int year, String title) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, region, "risk-factors.change");
        RiskFactorCatalogue catalogue = factors.catalogue(campaign(region, year));
        return factors.add(catalogue.add(title));
    }

    /** New wording, retired or offered again; a factor is never deleted (profiles keep their marks). */
    @Transactional
    public RiskFactor change(String region, int year, long id, String title, boolean retired) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, region, "risk-factors.change");
        Campaign campaign = campaign(region, year);
        RiskFactor factor = guard.requireFound(factors.find(campaign, id), "risk-factor/" + id);
        factors.catalogue(campaign).change(factor, title, retired);
        return factor;
    }

    private Campaign campaign(String region, int year) {
        return guard.requireFound(campaigns.find(region, year), "campaign/" + region + "/" + year);
    }
}
