package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.registry.domain.RiskProfileRights;
import ru.portal500.tenancy.domain.School;

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
    SupportedSchools schools;

    /** A supported school in a campaign, and the caller's rights on its profile. */
    public record Target(Campaign campaign, School school, RiskProfileRights rights) {
    }

    /** The school by its codes, if the caller may read its profiles. */
    public School school(String regionCode, String municipalityCode, String schoolCode) {
        School school = schools.school(regionCode, municipalityCode, schoolCode);
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
        School school = schools.school(schoolId);
        guard.require(rights(school).mayRead(), school.scope(), "risk-profile.read");
        return target(school, Optional.ofNullable(year));
    }

    private Target target(School school, Optional<Integer> year) {
        return new Target(schools.target(school, year).campaign(), school, rights(school));
    }

    private RiskProfileRights rights(School school) {
        return RiskProfileRights.of(guard.caller(), school.scope());
    }

    /** Refuses (403, on record) unless the caller may. */
    public void require(boolean allowed, Target target, String action) {
        guard.require(allowed, target.school().scope(), action);
        target.campaign().requireOpen();
    }

    /** The caller, now: who made a change. */
    public ChangeStamp stamp() {
        return schools.stamp();
    }
}
