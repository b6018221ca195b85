package ru.portal500.expertise.assignment;

import java.util.List;

/** What a decline leads to: the changed assignment, or no one to take the document. */
public sealed interface ReassignmentResult {

    /**
     * The document has a new reviewer.
     *
     * @param assignment the whole assignment after the change
     * @param removed    the declined review, and with a swap the review the new reviewer gave up
     * @param added      the new reviews
     * @param balanced   whether every load is still within the round's minimum and maximum
     */
    record Replaced(Assignment assignment, List<Review> removed, List<Review> added, boolean balanced)
            implements ReassignmentResult {
        public Replaced {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }
    }

    /** Nobody else may review the document ({@link Infeasibility.Reason#NO_ELIGIBLE_REPLACEMENT}). */
    record NoReplacement(Infeasibility reason) implements ReassignmentResult {
    }
}
