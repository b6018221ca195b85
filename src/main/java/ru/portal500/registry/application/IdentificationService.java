package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.AssessmentProcedure;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.Identification;
import ru.portal500.registry.domain.IdentificationFinding;
import ru.portal500.registry.domain.IdentificationRule;
import ru.portal500.registry.domain.RegionRule;
import ru.portal500.registry.infrastructure.AssessmentRepository;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.registry.infrastructure.CampaignSchoolRepository;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.application.Territories;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Identification of low-results schools for a region's campaign: the regional operator imports the
 * assessment results, sets the region's rule, and gets the proposed list with, for each school,
 * exactly why — next to the flags a human set and the decisions already taken.
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
    CampaignRepository campaigns;

    @Inject
    CampaignSchoolRepository campaignSchools;

    @Inject
    Territories territories;

    /** A proposed school with the finding behind it. */
    public record Proposal(School school, IdentificationFinding finding) {
    }

    public ImportOutcome importResults(String regionCode, byte[] file) {
        Scope region = guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "assessments.import");
        AssessmentResultsFile read = AssessmentResultsFile.read(file, territories.schoolsOf(regionCode).keySet());
        if (!read.problems().isEmpty()) {
            return ImportOutcome.refused(read.problems());
        }
        AssessmentRepository.Saved saved = assessments.save(regionCode, read.lines());
        ImportOutcome outcome = ImportOutcome.done(saved.created(), saved.replaced());
        audit.record(AuditEventType.DIRECTORY_IMPORTED, region, "assessment results",
                outcome.created() + " created, " + outcome.updated() + " updated");
        return outcome;
    }

    /** The region's rule: the one its operator set, or the seeds' rule. */
    public IdentificationRule rule(String regionCode) {
        guard.requireActsIn(regionCode, "identification.rule.read");
        return campaignSchools.rule(regionCode).map(RegionRule::rule).orElse(IdentificationRule.DEFAULT);
    }

    @Transactional
    public IdentificationRule changeRule(String regionCode, double threshold,
                                         Map<AssessmentProcedure, Double> thresholds,
                                         int proceduresLastYear, int proceduresEachOfTwoYears) {
        Scope region = guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "identification.rule.change");
        IdentificationRule rule = new IdentificationRule(threshold, thresholds, proceduresLastYear, proceduresEachOfTwoYears);
        campaignSchools.rule(regionCode).ifPresentOrElse(stored -> stored.change(rule),
                () -> campaignSchools.add(new RegionRule(
                        campaigns.region(regionCode).orElseThrow(NoSuchResourceException::new), rule)));
        audit.record(AuditEventType.IDENTIFICATION_RULE_CHANGED, region, "identification rule", rule.toString());
        return rule;
    }

    /** The schools the region's rule proposes for the campaign ending in {@code campaignYear}. */
    public List<Proposal> propose(String regionCode, int campaignYear) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "identification.propose");
        if (campaignYear < 2000 || campaignYear > 2100) {
            throw new InvalidRequestException("identification.error.year", campaignYear);
        }
        Map<Long, School> schools = new HashMap<>();
        territories.schoolsOf(regionCode).values().forEach(s -> schools.put(s.getId(), s));
        return Identification.propose(rule(regionCode), campaignYear,
                        assessments.resultsOf(regionCode, campaignYear - 2, campaignYear - 1)).stream()
                .map(f -> new Proposal(schools.get(f.schoolId()), f))
                .toList();
    }

    /** Whether the region's rule proposes one school for the campaign (its own results only). */
    public boolean proposes(String regionCode, int campaignYear, long schoolId) {
        return !Identification.propose(rule(regionCode), campaignYear,
                assessments.resultsOfSchool(schoolId, campaignYear - 2, campaignYear - 1)).isEmpty();
    }

    /**
     * The campaign's worksheet: every school the rule proposes, a human flagged or the operator decided
     * about, by municipality and name.
     */
    @Transactional
    public List<Candidate> worksheet(String regionCode, int campaignYear) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "identification.worksheet");
        Campaign campaign = guard.requireFound(campaigns.find(regionCode, campaignYear), "campaign");
        Map<Long, Candidate> rows = new LinkedHashMap<>();
        for (Proposal p : propose(regionCode, campaignYear)) {
            rows.put(p.school().getId(), new Candidate(p.school(), p.finding(), null, null));
        }
        campaignSchools.flags(campaign).forEach(f -> rows.merge(f.getSchool().getId(),
                new Candidate(f.getSchool(), null, f, null), (old, added) -> old.withFlags(f)));
        campaignSchools.statuses(campaign).forEach(d -> rows.merge(d.getSchool().getId(),
                new Candidate(d.getSchool(), null, null, d), (old, added) -> old.withDecision(d)));
        return rows.values().stream()
                .sorted(Comparator.comparing((Candidate c) -> c.school().getMunicipality().getName())
                        .thenComparing(c -> c.school().getName()))
                .toList();
    }
}
