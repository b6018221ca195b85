package ru.portal500.registry.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * A region's rule for identifying low-results schools. A result is low when its share of
 * unsatisfactory results reaches the threshold (per procedure if set). A school is identified when it
 * had low results in at least {@code proceduresLastYear} procedures in the previous school year, or in
 * at least {@code proceduresEachOfTwoYears} procedure in each of the two previous years (the seeds' rule).
 */
public record IdentificationRule(double threshold, Map<AssessmentProcedure, Double> thresholds,
                                 int proceduresLastYear, int proceduresEachOfTwoYears) {

    /** The seeds' rule: 2 procedures last year, or 1 in each of the two previous years; low from 25 %. */
    public static final IdentificationRule DEFAULT = new IdentificationRule(25.0, Map.of(), 2, 1);

    /** The most procedures a count may ask for (there are six kinds of procedure). */
    public static final int MAX_PROCEDURES = 6;

    public IdentificationRule {
        if (!isShare(threshold) || !thresholds.values().stream().allMatch(t -> t != null && isShare(t))) {
            throw new RegistryRuleException("identification.rule.error.threshold");
        }
        if (!isCount(proceduresLastYear) || !isCount(proceduresEachOfTwoYears)) {
            throw new RegistryRuleException("identification.rule.error.count");
        }
        thresholds = thresholds.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(thresholds));
    }

    private static boolean isShare(double value) {
        return value > 0 && value <= 100;
    }

    private static boolean isCount(int value) {
        return value >= 1 && value <= MAX_PROCEDURES;
    }

    public double thresholdFor(AssessmentProcedure procedure) {
        return thresholds.getOrDefault(procedure, threshold);
    }

    public boolean isLow(AssessmentResult result) {
        return result.failShare() >= thresholdFor(result.procedure());
    }
}
