package ru.portal500.expertise.checklist;

/**
 * What a failed required criterion does to the verdict. A criterion fails when it got its lowest mark: "no", the
 * scale's minimum, or the option worth the fewest points (for several experts: when the mean is that low, i.e.
 * every expert gave it).
 */
public enum RequiredCriterionRule {
    /** The verdict is at most "conforms with remarks" (the default). */
    CAP_AT_REMARKS,
    /** The document does not conform, whatever its total. */
    DOES_NOT_CONFORM,
    /** Required only means "must be answered"; the total alone decides. */
    NO_EFFECT
}
