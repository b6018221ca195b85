package ru.portal500.monitoring.domain;

/**
 * How a computed indicator counts from the portal's own facts, per ШНОР at a monitoring date (a numerator of a
 * denominator) or, for the few counted per place, per municipality. An indicator without a formula is entered per
 * school at the date.
 */
public enum Formula {
    /** The school's owed conceptual documents all approved: 1 of 1, else 0 of 1. */
    APPROVED_DOCUMENTS(Unit.PERCENT),
    /** The school's documents judged conforming at expertise, of those judged. */
    CONFORMING_AT_EXPERTISE(Unit.PERCENT),
    /** The school took part in mutual expertise (as a reviewer): 1 of 1, else 0 of 1. */
    MUTUAL_EXPERTISE_PARTICIPATION(Unit.PERCENT),
    /** The school's roadmap measures due by the date, done on time. */
    MEASURES_ON_TIME(Unit.PERCENT),
    /** The school submitted its report for the date by the date: 1 of 1, else 0 of 1. */
    SCHOOLS_REPORTED(Unit.PERCENT),
    /** A municipality whose schools all reported by the date. */
    MUNICIPALITIES_REPORTED(Unit.PERCENT),
    /** The school's curator pair has a network agreement: 1 of 1, else 0 of 1. */
    PAIRS_WITH_AGREEMENT(Unit.PERCENT),
    /** Contest entries submitted from the place (a count). */
    CONTEST_ENTRIES(Unit.COUNT),
    /** Unsatisfactory results of the school in the campaign's imported assessment results. */
    UNSATISFACTORY_RESULTS(Unit.PERCENT);

    private final Unit unit;

    Formula(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }
}
