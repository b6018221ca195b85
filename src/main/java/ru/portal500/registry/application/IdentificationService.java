package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Role;
import ru.portal500.identity.domain.Scope;
import ru.portal500.registry.domain.Identification;
import ru.portal500.registry.domain.IdentificationFinding;
import ru.portal500.registry.domain.IdentificationRule;
import ru.portal500.registry.infrastructure.AssessmentRepository;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.infrastructure.TerritoryRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Identification of low-results schools for a region's campaign: the regional operator imports the
 * assessment results and gets the proposed list with, for each school, exactly why.
 */
@ApplicationScoped
public class IdentificationService {

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    AssessmentRepository assessments;

    @Inject
    TerritoryRepository territories;

    /** A proposed school with the finding behind it. */
    public record Proposal(School school, IdentificationFinding finding) {
    }

    public ImportOutcome importResults(String regionCode, byte[] file) {
        Scope region = guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "assessments.import");
        AssessmentResultsFile read = AssessmentResultsFile.read(file, territories.schoolsOf(regionCode).keySet());
        if (!read.problems().isEmpty()) {
            return ImportOutcome.refused(read.problems());
        }
        ImportOutcome outcome = assessments.save(regionCode, read.lines());
        audit.record(AuditEventType.DIRECTORY_IMPORTED, region, "assessment results",
                outcome.created() + " created, " + outcome.updated() + " updated");
        return outcome;
    }

    /** The schools the region's rule proposes for the campaign ending in {@code campaignYear}. */
    public List<Proposal> propose(String regionCode, int campaignYear, IdentificationRule rule) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "identification.propose");
        if (campaignYear < 2000 || campaignYear > 2100) {
            throw new InvalidRequestException("identification.error.year", campaignYear);
        }
        Map<Long, School> schools = new HashMap<>();
        territories.schoolsOf(regionCode).values().forEach(s -> schools.put(s.getId(), s));
        return Identification.propose(rule, campaignYear,
                        assessments.resultsOf(regionCode, campaignYear - 2, campaignYear - 1)).stream()
                .map(f -> new Proposal(schools.get(f.schoolId()), f))
                .toList();
    }

}
