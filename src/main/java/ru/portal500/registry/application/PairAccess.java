package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.PairingRights;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.registry.infrastructure.PairRepository;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.application.Territories;

/**
 * The checks of the pair services, in the order they are made: the region (403 unless the caller acts
 * in it), the campaign and every school and pair through scoped queries (404 outside the scope), then
 * the right to manage pairs (403, audited).
 */
@ApplicationScoped
class PairAccess {

    @Inject
    AccessGuard guard;

    @Inject
    CampaignRepository campaigns;

    @Inject
    PairRepository pairs;

    @Inject
    Territories territories;

    Campaign campaign(String regionCode, int year, String action) {
        guard.requireActsIn(regionCode, action);
        return guard.requireFound(campaigns.find(regionCode, year), "campaign/" + regionCode + "/" + year);
    }

    /** The campaign whose pairs are changed: an archived year is refused. */
    Campaign openCampaign(String regionCode, int year, String action) {
        Campaign campaign = campaign(regionCode, year, action);
        campaign.requireOpen();
        return campaign;
    }

    CuratorPair pair(Campaign campaign, long pairId) {
        return guard.requireFound(pairs.find(campaign, pairId), "pair/" + pairId);
    }

    School school(Campaign campaign, SchoolCode code) {
        requireCodes(code);
        return guard.requireFound(territories.findSchool(campaign.getRegion().getCode(), code.municipality(),
                code.school()), "school/" + code.municipality() + "/" + code.school());
    }

    void requireManages(School school, String action) {
        guard.require(PairingRights.mayManage(guard.caller(), school.scope()), school.scope(), action);
    }

    /** Before the curator school is even looked up: a coordinator does not learn of other municipalities' schools. */
    void requireMayChooseCurator(School school, SchoolCode curator, String action) {
        requireCodes(curator);
        Scope curatorMunicipality = Scope.ofMunicipality(school.scope().region(), curator.municipality());
        guard.require(PairingRights.mayChooseCuratorIn(guard.caller(), school.scope(), curatorMunicipality),
                school.scope(), action);
    }

    private static void requireCodes(SchoolCode code) {
        if (code == null || !Scope.isCode(code.municipality()) || !Scope.isCode(code.school())) {
            throw new InvalidRequestException("pairs.error.schoolCode");
        }
    }
}
