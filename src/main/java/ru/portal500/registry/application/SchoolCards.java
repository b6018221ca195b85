package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.registry.domain.AssessmentResult;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.IdentificationRule;
import ru.portal500.registry.domain.SchoolFlags;
import ru.portal500.registry.infrastructure.AssessmentRepository;
import ru.portal500.registry.infrastructure.CampaignSchoolRepository;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.application.Territories;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the portal knows about a school in this and past campaigns, for the people who work
 * with it: its directory entry, statuses with reasons, flags, risk profiles, and its assessment results.
 */
@ApplicationScoped
public class SchoolCards {

    /** Who opens school cards (teachers search the practice bank, not schools' records). */
    static final Set<Role> READERS = EnumSet.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR, Role.CURATOR,
            Role.EXPERT, Role.SCHOOL_TEAM);
    /** The newest results shown (a school has a few dozen a year). */
    private static final int MOST_RESULTS = 200;

    @Inject
    AccessGuard guard;

    @Inject
    Territories territories;

    @Inject
    CampaignSchoolRepository campaignSchools;

    @Inject
    AssessmentRepository assessments;

    @Inject
    IdentificationService identification;

    @Inject
    RiskProfiles riskProfiles;

    /** A school's card. The rule is the region's current one, to mark which results count as low. */
    public record Card(School school, List<CampaignSchool> statuses, List<SchoolFlags> flags,
                       List<AssessmentResult> results, IdentificationRule rule, Map<Integer, RiskProfileView> profiles) {

        /** The risk profile in the campaign of that school year, for a ШНОР/ШССУ (null otherwise). */
        public RiskProfileView profileOf(int schoolYear) {
            return profiles.get(schoolYear);
        }

        @JsonbTransient
        public School getSchool() {
            return school;
        }

        @JsonbTransient
        public List<CampaignSchool> getStatuses() {
            return statuses;
        }

        @JsonbTransient
        public List<AssessmentResult> getResults() {
            return results;
        }

        /** The flags set in the campaign of that school year (none or one). */
        public List<SchoolFlags> flagsOf(int schoolYear) {
            return flags.stream().filter(f -> f.getCampaign().getSchoolYear() == schoolYear).toList();
        }

        public boolean isLow(AssessmentResult result) {
            return rule.isLow(result);
        }
    }

    @Transactional
    public Card of(long schoolId) {
        guard.requireAnyRole(READERS, "school.card");
        School school = guard.requireFound(territories.findSchool(schoolId), "school");
        String region = school.getMunicipality().getRegion().getCode();
        List<AssessmentResult> results = assessments.resultsOfSchool(schoolId, 2000, 2100).stream()
                .sorted(Comparator.comparingInt(AssessmentResult::year).reversed()
                        .thenComparing(AssessmentResult::procedure).thenComparing(AssessmentResult::subject))
                .limit(MOST_RESULTS).toList();
        List<CampaignSchool> statuses = campaignSchools.statusesOf(schoolId);
        Map<Integer, RiskProfileView> profiles = new HashMap<>();
        statuses.stream().filter(s -> s.getStatus().isSupported()).forEach(s -> profiles.put(
                s.getCampaign().getSchoolYear(), riskProfiles.view(schoolId, s.getCampaign().getSchoolYear())));
        return new Card(school, statuses, campaignSchools.flagsOf(schoolId), results, identification.rule(region),
                profiles);
    }
}
