package ru.portal500.contests.judging;

import ru.portal500.expertise.checklist.Checklist;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The organiser's moderated decision on an entry the jury disagreed on: who decided, when, the total they decided
 * (weighted points of the nomination's checklist) and why. It is kept apart from the jurors' score sheets, which stay
 * as they were submitted and all go into the protocol; when present, it ranks the entry in place of the mean total
 * (see {@link NominationRanking}).
 */
public record ModeratedDecision(String decidedBy, Instant decidedAt, BigDecimal total, String reason) {

    public ModeratedDecision {
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(total, "total");
        reason = reason == null ? "" : reason.strip();
    }

    /**
     * A decision the organiser records now, checked.
     *
     * @throws JudgingRuleException {@code contests.moderation.reasonRequired} without a reason;
     *         {@code contests.moderation.totalOutOfRange} (the total, the maximum) for a total below zero or above
     *         the checklist's maximum score; {@code contests.moderation.totalRequired} (the maximum) without a total
     */
    public static ModeratedDecision record(String decidedBy, Instant decidedAt, BigDecimal total, String reason,
                                           Checklist checklist) {
        if (reason == null || reason.isBlank()) {
            throw new JudgingRuleException("contests.moderation.reasonRequired");
        }
        if (total == null) {
            throw new JudgingRuleException("contests.moderation.totalRequired", checklist.maximumScore());
        }
        BigDecimal maximum = checklist.maximumScore();
        if (total.signum() < 0 || total.compareTo(maximum) > 0) {
            // Numbers, not their plain strings: the message writes them in the reader's way («20,5»).
            throw new JudgingRuleException("contests.moderation.totalOutOfRange", total, maximum);
        }
        return new ModeratedDecision(decidedBy, decidedAt, total, reason);
    }
}
