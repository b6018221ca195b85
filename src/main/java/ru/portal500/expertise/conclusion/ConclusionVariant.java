package ru.portal500.expertise.conclusion;

/** Who the conclusion is for. */
public enum ConclusionVariant {
    /** Experts, coordinators and operators: every criterion, each expert's marks, spreads and divergence. */
    FULL,
    /**
     * The school: only criteria shown to the school, experts numbered rather than named, no spreads. Totals and
     * verdict are the official ones (of every criterion).
     */
    FOR_SCHOOL
}
