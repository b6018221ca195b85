package ru.portal500.registry.domain;

/**
 * Why a school of last year's programme leaves it in the next campaign. The words of the decision are kept beside
 * the kind; {@link #OTHER} has only the words, so they are required.
 */
public enum LeavingReason {
    /** Its results are no longer low: the rule no longer proposes it and the operator agrees. */
    RESULTS_IMPROVED,
    /** Merged with or joined to another school. */
    REORGANISED,
    /** Closed. */
    CLOSED,
    /** Moved out of the region's programme (another founder, another region). */
    TRANSFERRED,
    OTHER;

    public boolean needsWords() {
        return this == OTHER;
    }
}
