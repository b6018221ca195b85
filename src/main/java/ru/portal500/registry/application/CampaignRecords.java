package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.RiskProfile;
import ru.portal500.registry.domain.RiskProfileState;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.registry.infrastructure.AssessmentRepository;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.registry.infrastructure.CampaignSchoolRepository;
import ru.portal500.registry.infrastructure.PairRepository;
import ru.portal500.registry.infrastructure.RiskFactorRepository;
import ru.portal500.registry.infrastructure.RiskProfileRepository;
import ru.portal500.tenancy.domain.School;

import java.util.List;
import java.util.Optional;

/**
 * What the registry knows about schools in a campaign, as other contexts' services read it (documents: what a
 * school owes and who checks it). Lookups only, scoped to the caller as the repositories behind them are; the
 * asking service decides what an absent record means.
 */
@ApplicationScoped
public class CampaignRecords {

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignSchoolRepository campaignSchools;

    @Inject
    PairRepository pairs;

    @Inject
    RiskProfileRepository profiles;

    @Inject
    RiskFactorRepository factors;

    @Inject
    AssessmentRepository assessments;

    /** The region's campaigns, the latest first. */
    public List<Campaign> campaignsOf(String regionCode) {
        return campaigns.of(regionCode);
    }

    public Optional<Campaign> campaign(String regionCode, int schoolYear) {
        return campaigns.find(regionCode, schoolYear);
    }

    /** The statuses decided in the campaign for the municipality's schools. */
    public List<CampaignSchool> statuses(Campaign campaign, long municipalityId) {
        return campaignSchools.statuses(campaign, municipalityId);
    }

    /** The school's status record in the campaign (when it was decided). */
    /** Every school with a status in the campaign, with its school and municipality. */
    public List<CampaignSchool> statuses(Campaign campaign) {
        return campaignSchools.statuses(campaign);
    }

    /** A school the programme supports in a campaign, as monitoring counts it; {@code key} "64/atkarsky/atk-1". */
    public record SupportedSchool(long id, String name, String key, long municipalityId, String municipalityName) {
    }

    /** The campaign's supported schools in scope (ШНОР, ШССУ), by municipality and name, read only. */
    public List<SupportedSchool> supportedSchools(Campaign campaign) {
        String region = campaign.getRegion().getCode();
        return campaignSchools.supportedRows(campaign).stream().map(r -> new SupportedSchool((Long) r[0],
                (String) r[1], region + "/" + r[4] + "/" + r[2], (Long) r[3], (String) r[5])).toList();
    }

    public Optional<CampaignSchool> standing(Campaign campaign, School school) {
        return pairs.standing(campaign, school);
    }

    /** The curator pair the school belongs to in the campaign. */
    public Optional<CuratorPair> pairOf(Campaign campaign, School school) {
        return pairs.ofSchool(campaign, school);
    }

    public Optional<RiskProfile> riskProfile(Campaign campaign, School school) {
        return profiles.find(campaign, school);
    }

    /** The campaign's catalogue of risk factors, in its order (retired ones too, for the records that name them). */
    public List<RiskFactor> riskFactors(Campaign campaign) {
        return factors.of(campaign);
    }

    /** The risks the school chose in its verified profile; none while the profile is not verified. */
    public java.util.Set<RiskFactor> chosenRisks(Campaign campaign, School school) {
        return profiles.find(campaign, school).filter(p -> p.getState() == RiskProfileState.VERIFIED)
                .map(RiskProfile::chosen).orElse(java.util.Set.of());
    }

    /**
     * Per school in scope, the mean share of unsatisfactory results (%) of the school year before the campaign's, over
     * every procedure and subject imported; schools without results are absent.
     */
    public java.util.Map<Long, java.math.BigDecimal> unsatisfactoryShares(Campaign campaign) {
        java.util.Map<Long, java.util.DoubleSummaryStatistics> bySchool = new java.util.HashMap<>();
        int year = campaign.getSchoolYear() - 1;
        assessments.resultsOf(campaign.getRegion().getCode(), year, year).stream().distinct().forEach(r -> bySchool
                .computeIfAbsent(r.schoolId(), k -> new java.util.DoubleSummaryStatistics()).accept(r.failShare()));
        java.util.Map<Long, java.math.BigDecimal> means = new java.util.HashMap<>();
        bySchool.forEach((school, stats) -> means.put(school, java.math.BigDecimal.valueOf(stats.getAverage())
                .setScale(1, java.math.RoundingMode.HALF_UP)));
        return means;
    }

    public Optional<SchoolStatus> statusOf(Campaign campaign, School school) {
        return profiles.statusOf(campaign, school);
    }
}
