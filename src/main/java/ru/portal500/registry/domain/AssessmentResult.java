package ru.portal500.registry.domain;

import java.util.Objects;

/**
 * One imported result: a school's share of unsatisfactory results (0–100 %) in a procedure and subject
 * in a school year (named by the year it ends: 2025 is 2024/25).
 */
public record AssessmentResult(long schoolId, int year, AssessmentProcedure procedure, String subject,
                               double failShare) {

    public AssessmentResult {
        Objects.requireNonNull(procedure, "procedure");
        if (failShare < 0 || failShare > 100 || Double.isNaN(failShare)) {
            throw new IllegalArgumentException("A share is between 0 and 100: " + failShare);
        }
    }
}
