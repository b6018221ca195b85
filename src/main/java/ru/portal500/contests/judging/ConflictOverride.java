package ru.portal500.contests.judging;

import ru.portal500.shared.i18n.Texts.Phrase;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The organiser lets a conflicted juror judge an entry nonetheless: which conflicts they overrode, why (mandatory),
 * who and when. It goes into the protocol. It covers the conflicts it names only: a conflict found later (the juror
 * declares one, a pair is formed) conflicts again.
 */
public record ConflictOverride(long entryId, String juror, Set<ConflictReason> overridden, String reason,
                               String grantedBy, Instant grantedAt) {

    public ConflictOverride {
        Objects.requireNonNull(juror, "juror");
        overridden = overridden.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(overridden));
        reason = reason == null ? "" : reason.strip();
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(grantedAt, "grantedAt");
    }

    /**
     * An override the organiser grants now over the conflicts found.
     *
     * @param conflicts the juror's conflicts with the entry ({@link EntryConflicts#reasons})
     * @throws JudgingRuleException {@code contests.conflict.override.reasonRequired} without a reason;
     *         {@code .nothingToOverride} when there is no conflict; {@code .notAllowed} (the conflict) for one that
     *         cannot be overridden (the juror's authorship or their own declaration)
     */
    public static ConflictOverride grant(long entryId, String juror, Set<ConflictReason> conflicts, String reason,
                                         String grantedBy, Instant grantedAt) {
        if (reason == null || reason.isBlank()) {
            throw new JudgingRuleException("contests.conflict.override.reasonRequired");
        }
        if (conflicts.isEmpty()) {
            throw new JudgingRuleException("contests.conflict.override.nothingToOverride");
        }
        for (ConflictReason conflict : EnumSet.copyOf(conflicts)) {
            if (!conflict.overridable()) {
                throw new JudgingRuleException("contests.conflict.override.notAllowed",
                        new Phrase(conflict.messageKey()));
            }
        }
        return new ConflictOverride(entryId, juror, conflicts, reason, grantedBy, grantedAt);
    }

    /** Whether this override lets the juror judge despite {@code conflicts}. */
    public boolean covers(Set<ConflictReason> conflicts) {
        return overridden.containsAll(conflicts);
    }
}
