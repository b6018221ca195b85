package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Caller;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.RiskFactorCatalogue;
import ru.portal500.registry.domain.RiskProfile;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.registry.domain.Significance;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.registry.infrastructure.RiskFactorRepository;
import ru.portal500.registry.infrastructure.RiskProfileRepository;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.application.Territories;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Survey results into risk profiles: the regional operator for the region, a municipal coordinator for
 * their municipalities. Checked whole first, applied whole or not at all; a verified profile that the
 * file changes returns to draft, on record.
 */
@ApplicationScoped
public class RiskProfileImport {

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    RiskProfileAccess access;

    @Inject
    Territories territories;

    @Inject
    CampaignRepository campaigns;

    @Inject
    RiskFactorRepository factors;

    @Inject
    RiskProfileRepository profiles;

    @Transactional
    public ImportOutcome importFile(String regionCode, int year, byte[] file, boolean dryRun) {
        Scope region = guard.region(regionCode);
        Caller caller = guard.caller();
        Set<String> mine = territories.municipalities().stream()
                .filter(m -> m.getRegion().getCode().equals(regionCode) && caller.administers(m.scope()))
                .map(Municipality::getCode).collect(Collectors.toSet());
        guard.require(!mine.isEmpty(), region, "risk-profiles.import");
        Campaign campaign = guard.requireFound(campaigns.find(regionCode, year), "campaign/" + regionCode + "/" + year);
        RiskFactorCatalogue catalogue = factors.catalogue(campaign);
        Map<String, School> schools = territories.schoolsOf(regionCode);
        Map<Long, SchoolStatus> statuses = profiles.statusesIn(campaign);
        Map<String, Boolean> supported = new HashMap<>();
        schools.forEach((key, school) -> supported.put(key,
                statuses.getOrDefault(school.getId(), SchoolStatus.OTHER).isSupported()));
        RiskProfileFile read = RiskProfileFile.read(file, catalogue.active(), mine, supported);
        if (!read.problems().isEmpty()) {
            return ImportOutcome.refused(read.problems());
        }
        Map<Long, RiskProfile> existing = profiles.ofCampaign(campaign);
        int updated = (int) read.lines().stream()
                .filter(l -> existing.containsKey(schools.get(key(l)).getId())).count();
        int created = read.lines().size() - updated;
        if (dryRun) {
            return ImportOutcome.checked(created, updated);
        }
        ChangeStamp stamp = access.stamp();
        for (RiskProfileFile.Line line : read.lines()) {
            School school = schools.get(key(line));
            RiskProfile profile = existing.computeIfAbsent(school.getId(),
                    id -> profiles.add(new RiskProfile(campaign, school)));
            profiles.record(profile.assessFromSurvey(marks(catalogue, line), stamp));
        }
        audit.record(AuditEventType.RISK_PROFILES_IMPORTED, region, "risk profiles " + year,
                created + " created, " + updated + " updated");
        return ImportOutcome.done(created, updated);
    }

    private static String key(RiskProfileFile.Line line) {
        return line.municipalityCode() + "/" + line.schoolCode();
    }

    private static Map<RiskFactor, Significance> marks(RiskFactorCatalogue catalogue, RiskProfileFile.Line line) {
        Map<RiskFactor, Significance> marks = new LinkedHashMap<>();
        line.significances().forEach((position, significance) ->
                marks.put(catalogue.activeAt(position).orElseThrow(), significance));
        return marks;
    }
}
