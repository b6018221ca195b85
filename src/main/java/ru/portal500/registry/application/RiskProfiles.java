package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.registry.application.RiskProfileAccess.Target;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.RiskFactorCatalogue;
import ru.portal500.registry.domain.RiskProfile;
import ru.portal500.registry.domain.RiskProfileComparison;
import ru.portal500.registry.domain.Significance;
import ru.portal500.registry.infrastructure.RiskFactorRepository;
import ru.portal500.registry.infrastructure.RiskProfileRepository;
import ru.portal500.shared.domain.InvalidRequestException;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Schools' risk profiles: read by whoever works with the school, entered by its team, curators,
 * coordinator and the regional operator, verified by its curator, its factors chosen by the team and
 * the curator. Factors are named by their position in the campaign's catalogue.
 */
@ApplicationScoped
public class RiskProfiles {

    @Inject
    RiskProfileAccess access;

    @Inject
    RiskFactorRepository factors;

    @Inject
    RiskProfileRepository profiles;

    @Inject
    AuditLog audit;

    @Transactional
    public RiskProfileView view(String region, int year, String municipality, String school) {
        Target target = access.target(region, year, municipality, school);
        return view(target, factors.catalogue(target.campaign()), profiles.find(target.campaign(), target.school()));
    }

    /** For pages: the school by id (or the caller's own), the campaign of the year (or the newest). */
    @Transactional
    public RiskProfileView view(Long schoolId, Integer year) {
        Target target = access.target(schoolId, year);
        return view(target, factors.catalogue(target.campaign()), profiles.find(target.campaign(), target.school()));
    }

    /** Sets the significances given by position (null clears); other factors keep theirs. */
    @Transactional
    public RiskProfileView assess(String region, int year, String municipality, String school,
                                  Map<Integer, Significance> byPosition) {
        Target target = access.target(region, year, municipality, school);
        access.require(target.rights().mayAssess(), target, "risk-profile.assess");
        RiskFactorCatalogue catalogue = factors.catalogue(target.campaign());
        Map<RiskFactor, Significance> marks = new LinkedHashMap<>();
        new TreeMap<>(byPosition).forEach((position, significance) -> marks.put(offered(catalogue, position),
                significance));
        RiskProfile profile = profiles.findOrAdd(target.campaign(), target.school());
        profiles.record(profile.assess(marks, access.stamp()));
        return view(target, catalogue, Optional.of(profile));
    }

    @Transactional
    public RiskProfileView verify(String region, int year, String municipality, String school) {
        Target target = access.target(region, year, municipality, school);
        access.require(target.rights().mayVerify(), target, "risk-profile.verify");
        RiskFactorCatalogue catalogue = factors.catalogue(target.campaign());
        RiskProfile profile = profiles.findOrAdd(target.campaign(), target.school());
        profiles.record(List.of(profile.verify(catalogue.active(), access.stamp())));
        audit.record(AuditEventType.RISK_PROFILE_VERIFIED, target.school().scope(), "risk profile " + year, null);
        return view(target, catalogue, Optional.of(profile));
    }

    /** The factors (by position) the school will work on; the others are dropped. */
    @Transactional
    public RiskProfileView choose(String region, int year, String municipality, String school,
                                  Collection<Integer> positions) {
        Target target = access.target(region, year, municipality, school);
        access.require(target.rights().mayChoose(), target, "risk-profile.choose");
        RiskFactorCatalogue catalogue = factors.catalogue(target.campaign());
        Set<RiskFactor> chosen = new HashSet<>();
        positions.forEach(position -> chosen.add(offered(catalogue, position)));
        RiskProfile profile = profiles.findOrAdd(target.campaign(), target.school());
        profiles.record(profile.choose(chosen, access.stamp()));
        return view(target, catalogue, Optional.of(profile));
    }

    /** The school's profiles of every campaign side by side, newest first. */
    @Transactional
    public RiskProfileComparison history(String region, String municipality, String school) {
        return RiskProfileComparison.of(profiles.ofSchool(access.school(region, municipality, school)));
    }

    private static RiskFactor offered(RiskFactorCatalogue catalogue, Integer position) {
        return catalogue.activeAt(position == null ? 0 : position)
                .orElseThrow(() -> new InvalidRequestException("risk.profile.error.factor", String.valueOf(position)));
    }

    private RiskProfileView view(Target target, RiskFactorCatalogue catalogue, Optional<RiskProfile> profile) {
        return RiskProfileView.of(target.campaign(), target.school(), catalogue.active(), profile,
                profile.map(profiles::changesOf).orElse(List.of()), target.rights());
    }
}
