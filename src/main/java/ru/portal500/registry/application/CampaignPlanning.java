package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignPlanned;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.domain.NoSuchResourceException;

import java.util.List;

/** A region's campaigns: the regional operator plans them; everyone acting in the region reads them. */
@ApplicationScoped
public class CampaignPlanning {

    @Inject
    AccessGuard guard;

    @Inject
    CampaignRepository campaigns;

    @Inject
    Event<CampaignPlanned> planned;

    @Transactional
    public Campaign plan(String regionCode, int schoolYear, String name, CampaignSchedule schedule) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "campaign.plan");
        Campaign proposed = new Campaign(campaigns.region(regionCode).orElseThrow(NoSuchResourceException::new),
                schoolYear, name, schedule);
        schedule.disorder().ifPresent(stage -> {
            throw new InvalidRequestException(stage + ".order");
        });
        if (campaigns.find(regionCode, schoolYear).isPresent()) {
            throw new InvalidRequestException("campaign.error.exists", schoolYear - 1, schoolYear % 100);
        }
        Campaign campaign = campaigns.add(proposed);
        planned.fire(new CampaignPlanned(campaign));
        return campaign;
    }

    /** One campaign of the region, for anyone acting in it; 404 for a year without one. */
    public Campaign campaign(String regionCode, int schoolYear) {
        guard.requireActsIn(regionCode, "campaign.read");
        return guard.requireFound(campaigns.find(regionCode, schoolYear), "campaign");
    }

    public List<Campaign> of(String regionCode) {
        guard.requireActsIn(regionCode, "campaign.list");
        return campaigns.of(regionCode);
    }

}
