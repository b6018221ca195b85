package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.RegistryChange;
import ru.portal500.registry.domain.SchoolFlags;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.identity.domain.Caller;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.registry.infrastructure.CampaignSchoolRepository;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.application.Territories;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The regional operator's decisions on a campaign's list: confirm what the rule proposed, or decide a
 * school's status otherwise with a reason; and the flags a human sets. The confirmed list is the
 * campaign's statuses, which the later stages (profiles, pairs, documents) read.
 */
@ApplicationScoped
public class CampaignDecisions {

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignSchoolRepository campaignSchools;

    @Inject
    Territories territories;

    @Inject
    IdentificationService identification;

    Clock clock = Clock.systemUTC();

    @Transactional
    public CampaignSchool decide(String regionCode, int year, String municipality, String schoolCode,
                                 SchoolStatus status, String reason) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "campaign.status.decide");
        if (status == null) {
            throw new InvalidRequestException("campaign.status.error.status");
        }
        Campaign campaign = openCampaign(regionCode, year);
        School school = school(regionCode, municipality, schoolCode);
        boolean proposed = identification.proposes(regionCode, year, school.getId());
        boolean withoutReason = reason == null || reason.isBlank();
        CampaignSchool row = campaignSchools.status(campaign, school.getId())
                .orElseGet(() -> campaignSchools.add(new CampaignSchool(campaign, school)));
        campaignSchools.add(row.decide(status, proposed, reason, stamp()));
        audit.record(AuditEventType.SCHOOL_STATUS_DECIDED, scopeOf(school), school.getName(),
                year + ": " + status + (proposed ? " (proposed)" : "") + (withoutReason ? "" : " — " + reason.strip()));
        return row;
    }

    /** Makes every proposed school not yet decided a ШНОР; decisions already taken stand. */
    @Transactional
    public int confirmProposal(String regionCode, int year) {
        Scope region = guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "campaign.status.confirm");
        Campaign campaign = openCampaign(regionCode, year);
        Set<Long> decided = campaignSchools.statuses(campaign).stream().map(c -> c.getSchool().getId())
                .collect(Collectors.toSet());
        List<IdentificationService.Proposal> open = identification.propose(regionCode, year).stream()
                .filter(p -> !decided.contains(p.school().getId())).toList();
        ChangeStamp by = stamp();
        for (IdentificationService.Proposal p : open) {
            campaignSchools.add(campaignSchools.add(new CampaignSchool(campaign, p.school())).confirmProposal(by));
        }
        audit.record(AuditEventType.SCHOOL_STATUS_DECIDED, region, campaign.getName(),
                year + ": " + open.size() + " proposed schools confirmed as LOW_RESULTS");
        return open.size();
    }

    @Transactional
    public SchoolFlags flag(String regionCode, int year, String municipality, String schoolCode,
                            boolean unreliableResults, Double socialWellbeingIndex, String note) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "campaign.flags.set");
        Campaign campaign = openCampaign(regionCode, year);
        School school = school(regionCode, municipality, schoolCode);
        SchoolFlags flags = campaignSchools.flags(campaign, school.getId())
                .orElseGet(() -> campaignSchools.add(new SchoolFlags(campaign, school)));
        flags.set(unreliableResults, socialWellbeingIndex, note, guard.caller().getUsername(), Instant.now(clock));
        audit.record(AuditEventType.SCHOOL_FLAGS_SET, scopeOf(school), school.getName(),
                year + ": unreliable=" + unreliableResults + ", index=" + socialWellbeingIndex);
        return flags;
    }

    /** The campaign's decided schools the caller may see. */
    @Transactional
    public List<CampaignSchool> statuses(String regionCode, int year) {
        guard.requireActsIn(regionCode, "campaign.status.list");
        return campaignSchools.statuses(campaign(regionCode, year));
    }

    /**
     * The campaign's history about the schools the caller may see, oldest first: the decisions about their statuses,
     * or (with {@code pairs}) the changes of their pairs.
     */
    @Transactional
    public List<RegistryChange> history(String regionCode, int year, boolean pairs) {
        guard.requireActsIn(regionCode, "campaign.status.list");
        return campaignSchools.changes(campaign(regionCode, year)).stream()
                .filter(c -> c.getKind().isAboutPairs() == pairs).toList();
    }

    private ChangeStamp stamp() {
        Caller caller = guard.caller();
        return new ChangeStamp(caller.getUsername(), caller.getFullName(), Instant.now(clock));
    }

    /** How many schools the caller may see have each status in the campaign. */
    @Transactional
    public Map<SchoolStatus, Long> counts(String regionCode, int year) {
        guard.requireActsIn(regionCode, "campaign.status.list");
        return campaignSchools.counts(campaign(regionCode, year));
    }

    private Campaign campaign(String regionCode, int year) {
        return guard.requireFound(campaigns.find(regionCode, year), "campaign");
    }

    /** The campaign to change: an archived year is refused. */
    private Campaign openCampaign(String regionCode, int year) {
        Campaign campaign = campaign(regionCode, year);
        campaign.requireOpen();
        return campaign;
    }

    private School school(String regionCode, String municipality, String code) {
        return guard.requireFound(territories.findSchool(regionCode, municipality, code), "school");
    }

    private static Scope scopeOf(School school) {
        return Scope.ofSchool(school.getMunicipality().getRegion().getCode(), school.getMunicipality().getCode(),
                school.getCode());
    }
}
