package ru.portal500.registry.domain;

import java.util.List;

/**
 * Why a school was proposed: which branch of the rule it met, and every low result behind it
 * (year, procedure, subject, share against threshold), so that the operator sees exactly why.
 */
public record IdentificationFinding(long schoolId, Branch branch, List<LowResult> lowResults) {

    /** Which part of the rule was met (both can be; the first one found is named). */
    public enum Branch { PROCEDURES_LAST_YEAR, EACH_OF_TWO_YEARS }

    /** One result at or above the threshold. */
    public record LowResult(int year, AssessmentProcedure procedure, String subject, double failShare,
                            double threshold) {
    }

    public IdentificationFinding {
        lowResults = List.copyOf(lowResults);
    }
}
