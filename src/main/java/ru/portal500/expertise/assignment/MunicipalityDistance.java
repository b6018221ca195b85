package ru.portal500.expertise.assignment;

/**
 * The distance part of the objective: what it costs that a reviewer of one municipality reviews a
 * document of another (kilometres, travel hours, or any whole-number scale), usually 0 within the same
 * municipality. It depends on the two municipalities only; that is what lets the solver reason about
 * municipalities as classes and stay exact.
 */
@FunctionalInterface
public interface MunicipalityDistance {

    /** The largest magnitude of a distance or of a preference. */
    int MAX_COST = 1_000_000;

    /** Every review costs the same: the assignment is then driven by preferences alone. */
    MunicipalityDistance NONE = (reviewerMunicipalityId, documentMunicipalityId) -> 0;

    /** Between 0 and {@link #MAX_COST}. */
    int between(long reviewerMunicipalityId, long documentMunicipalityId);
}
