package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.registry.infrastructure.RiskProfileRepository;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.application.Territories;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;

/**
 * Finds the school and campaign a request about a ШНОР/ШССУ names (its profile, its documents), through
 * scoped queries: a school outside the caller's scope is a 404, a campaign in which the school is not
 * ШНОР/ШССУ a 400 with the Russian reason. What the caller may do there is each context's own rule.
 */
@ApplicationScoped
public class SupportedSchools {

    @Inject
    AccessGuard guard;

    @Inject
    Territories territories;

    @Inject
    CampaignRepository campaigns;

    @Inject
    RiskProfileRepository profiles;

    Clock clock = Clock.systemUTC();

    /** A ШНОР/ШССУ and the campaign in which it is one. */
    public record Target(Campaign campaign, School school) {
    }

    /** The school by its codes (404 outside the caller's scope). */
    public School school(String regionCode, String municipalityCode, String schoolCode) {
        guard.region(regionCode);
        return guard.requireFound(territories.findSchool(regionCode, municipalityCode, schoolCode),
                "school/" + regionCode + "/" + municipalityCode + "/" + schoolCode);
    }

    /** The school by id, or the caller's own (as its team or curator) when no id is given. */
    public School school(Long schoolId) {
        return schoolId != null
                ? guard.requireFound(territories.findSchool(schoolId), "school/" + schoolId)
                : guard.requireFound(ownSchool(guard.caller()), "own school");
    }

    /** The campaign of the year (the region's newest without one), in which the school must be ШНОР/ШССУ. */
    public Target target(School school, Optional<Integer> year) {
        return target(school, year, "risk.profile.error.notSupported");
    }

    /** The same, refused with the caller's own words for what a school that is no ШНОР/ШССУ does not keep. */
    public Target target(School school, Optional<Integer> year, String notSupportedKey) {
        String region = school.getMunicipality().getRegion().getCode();
        Campaign campaign = guard.requireFound(year.isPresent() ? campaigns.find(region, year.get())
                : campaigns.of(region).stream().findFirst(), "campaign/" + region + "/" + year.orElse(null));
        if (!profiles.statusOf(campaign, school).map(SchoolStatus::isSupported).orElse(false)) {
            int y = campaign.getSchoolYear();
            throw new InvalidRequestException(notSupportedKey, school.getName(), y - 1, y % 100);
        }
        return new Target(campaign, school);
    }

    private Optional<School> ownSchool(Caller caller) {
        return ownScopes(caller).findFirst()
                .flatMap(s -> territories.findSchool(s.region(), s.municipality(), s.school()));
    }

    /**
     * Every school the caller works with as its team or its curator, by name: a person who holds roles at
     * several schools chooses among them (without a choice the pages open on the first).
     */
    @Transactional
    public List<School> ownSchools() {
        return ownScopes(guard.caller()).distinct()
                .map(s -> territories.findSchool(s.region(), s.municipality(), s.school())).flatMap(Optional::stream)
                .sorted(Comparator.comparing(School::getName)).toList();
    }

    private static Stream<Scope> ownScopes(Caller caller) {
        return caller.getGrants().stream()
                .filter(g -> EnumSet.of(Role.SCHOOL_TEAM, Role.CURATOR).contains(g.role()))
                .map(Grant::scope).sorted(Comparator.comparing(Object::toString));
    }

    /** The caller, now: who made a change. */
    public ChangeStamp stamp() {
        Caller caller = guard.caller();
        return new ChangeStamp(caller.getUsername(), caller.getFullName(), clock.instant());
    }
}
