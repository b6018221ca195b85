package ru.portal500.registry.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes the low-results schools of a campaign from assessment results under a region's rule.
 * Pure and in memory: one pass over the results, then one decision per school.
 */
public final class Identification {

    private Identification() {
    }

    /**
     * The schools the rule identifies for the campaign of {@code campaignYear} (the school year ending
     * then): it looks at the two school years before it. Findings are ordered by school id.
     */
    public static List<IdentificationFinding> propose(IdentificationRule rule, int campaignYear,
                                                      Iterable<AssessmentResult> results) {
        int lastYear = campaignYear - 1;
        int yearBefore = campaignYear - 2;
        Map<Long, Tally> tallies = new HashMap<>();
        for (AssessmentResult result : results) {
            if ((result.year() == lastYear || result.year() == yearBefore) && rule.isLow(result)) {
                tallies.computeIfAbsent(result.schoolId(), id -> new Tally()).add(result, rule);
            }
        }
        List<IdentificationFinding> findings = new ArrayList<>();
        tallies.forEach((school, tally) -> tally.decide(rule, lastYear, yearBefore)
                .ifPresent(branch -> findings.add(new IdentificationFinding(school, branch, tally.sorted()))));
        findings.sort(Comparator.comparingLong(IdentificationFinding::schoolId));
        return findings;
    }

    /** A school's low results, and in which procedures of each of the two years. */
    private static final class Tally {
        private final Set<AssessmentProcedure> lastYear = EnumSet.noneOf(AssessmentProcedure.class);
        private final Set<AssessmentProcedure> yearBefore = EnumSet.noneOf(AssessmentProcedure.class);
        private final List<IdentificationFinding.LowResult> low = new ArrayList<>(4);

        void add(AssessmentResult result, IdentificationRule rule) {
            low.add(new IdentificationFinding.LowResult(result.year(), result.procedure(), result.subject(),
                    result.failShare(), rule.thresholdFor(result.procedure())));
        }

        Optional<IdentificationFinding.Branch> decide(IdentificationRule rule, int last, int before) {
            for (IdentificationFinding.LowResult result : low) {
                (result.year() == last ? lastYear : yearBefore).add(result.procedure());
            }
            if (lastYear.size() >= rule.proceduresLastYear()) {
                return Optional.of(IdentificationFinding.Branch.PROCEDURES_LAST_YEAR);
            }
            if (lastYear.size() >= rule.proceduresEachOfTwoYears() && yearBefore.size() >= rule.proceduresEachOfTwoYears()) {
                return Optional.of(IdentificationFinding.Branch.EACH_OF_TWO_YEARS);
            }
            return Optional.empty();
        }

        List<IdentificationFinding.LowResult> sorted() {
            low.sort(Comparator.comparingInt(IdentificationFinding.LowResult::year).reversed()
                    .thenComparing(IdentificationFinding.LowResult::procedure)
                    .thenComparing(IdentificationFinding.LowResult::subject, Comparator.nullsFirst(String::compareTo)));
            return low;
        }
    }
}
