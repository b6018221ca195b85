package ru.portal500.contests.results;

import ru.portal500.contests.judging.ConflictOverride;
import ru.portal500.contests.judging.ConflictReason;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A juror's conflict of interest with an entry ({@code EntryConflicts.reasons}), and the organiser's override when
 * they let the juror judge it nonetheless (null when the juror did not judge it).
 */
public record Conflict(String juror, Set<ConflictReason> reasons, ConflictOverride override) {

    public Conflict {
        Objects.requireNonNull(juror, "juror");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a conflict has at least one reason");
        }
        reasons = Set.copyOf(EnumSet.copyOf(reasons));
    }

    /** The reasons in the order of {@link ConflictReason}. */
    public Set<ConflictReason> orderedReasons() {
        return EnumSet.copyOf(reasons);
    }
}
