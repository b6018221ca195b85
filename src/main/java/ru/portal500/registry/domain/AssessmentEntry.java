package ru.portal500.registry.domain;

/**
 * One result as an assessment results file states it: the line it stands on, which school (by municipality and
 * code), the school year (named by the year it ends), the procedure and subject, and the share of unsatisfactory
 * results (0–100 %).
 */
public record AssessmentEntry(int line, String municipalityCode, String schoolCode, int year,
                              AssessmentProcedure procedure, String subject, double failShare) {
}
