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

    public IdentificationRule {
        if (threshold <= 0 || threshold > 100) {
            throw new IllegalArgumentException("The threshold is a share above 0 and up to 100 %");
        }
        if (proceduresLastYear < 1 || proceduresEachOfTwoYears < 1) {
            throw new IllegalArgumentException("Counts of procedures are at least 1");
        }
        thresholds = thresholds.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(thresholds));
    }

    public double thresholdFor(AssessmentProcedure procedure) {
        return thresholds.getOrDefault(procedure, threshold);
    }

    public boolean isLow(AssessmentResult result) {
        return result.failShare() >= thresholdFor(result.procedure());
    }
}
