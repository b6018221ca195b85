package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.registry.domain.RiskProfileRights;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.registry.infrastructure.RiskProfileRepository;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.infrastructure.TerritoryRepository;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Finds the school and campaign a risk-profile request names, through scoped queries (outside the
 * caller's scope: 404), with what the caller may do there (nothing: 403), and refuses schools that are
 * not ШНОР/ШССУ of the campaign.
 */
@ApplicationScoped
public class RiskProfileAccess {

    @Inject
    AccessGuard guard;

    @Inject
    TerritoryRepository territories;

    @Inject
    CampaignRepository campaigns;

    @Inject
    RiskProfileRepository profiles;

    Clock clock = Clock.systemUTC();

    /** A supported school in a campaign, and the caller's rights on its profile. */
    public record Target(Campaign campaign, School school, RiskProfileRights rights) {
    }

    /** The school by its codes, if the caller may read its profiles. */
    public School school(String regionCode, String municipalityCode, String schoolCode) {
        guard.region(regionCode);
        School school = guard.requireFound(territories.findSchool(regionCode, municipalityCode, schoolCode),
                "school/" + regionCode + "/" + municipalityCode + "/" + schoolCode);
        guard.require(rights(school).mayRead(), school.scope(), "risk-profile.read");
        return school;
    }

    public Target target(String regionCode, int year, String municipalityCode, String schoolCode) {
        return target(school(regionCode, municipalityCode, schoolCode), Optional.of(year));
    }

    /**
     * For the page: the school by id, or the caller's own (as its team or curator); the campaign of the
     * year, or the region's newest.
     */
    public Target target(Long schoolId, Integer year) {
        School school = schoolId != null
                ? guard.requireFound(territories.findSchool(schoolId), "school/" + schoolId)
                : guard.requireFound(ownSchool(guard.caller()), "own school");
        guard.require(rights(school).mayRead(), school.scope(), "risk-profile.read");
        return target(school, Optional.ofNullable(year));
    }

    private Target target(School school, Optional<Integer> year) {
        String region = school.getMunicipality().getRegion().getCode();
        Campaign campaign = guard.requireFound(year.isPresent() ? campaigns.find(region, year.get())
                : campaigns.of(region).stream().findFirst(), "campaign/" + region + "/" + year.orElse(null));
        if (!profiles.statusOf(campaign, school).map(SchoolStatus::isSupported).orElse(false)) {
            int y = campaign.getSchoolYear();
            throw new InvalidRequestException("risk.profile.error.notSupported", school.getName(), y - 1, y % 100);
        }
        return new Target(campaign, school, rights(school));
    }

    private Optional<School> ownSchool(Caller caller) {
        return caller.getGrants().stream()
                .filter(g -> EnumSet.of(Role.SCHOOL_TEAM, Role.CURATOR).contains(g.role()))
                .map(Grant::scope).sorted(Comparator.comparing(Object::toString)).findFirst()
                .flatMap(s -> territories.findSchool(s.region(), s.municipality(), s.school()));
    }

    private RiskProfileRights rights(School school) {
        return RiskProfileRights.of(guard.caller(), school.scope());
    }

    /** Refuses (403, on record) unless the caller may. */
    public void require(boolean allowed, Target target, String action) {
        guard.require(allowed, target.school().scope(), action);
    }

    /** The caller, now: who made a change. */
    public ChangeStamp stamp() {
        Caller caller = guard.caller();
        return new ChangeStamp(caller.getUsername(), caller.getFullName(), clock.instant());
    }
}
