package ru.portal500.contests.judging;

import java.time.Instant;
import java.util.Objects;

/**
 * The minimum number of entries a nomination needs (5 unless the contest says otherwise). A nomination with fewer
 * entries is at risk: it is shown so, and the organiser may merge it into another nomination or cancel it, each with
 * a reason, and only while it is at risk. Entries count when submitted and neither withdrawn nor refused; the
 * aggregate counts them and checks that the nomination merged into is another open one of the same contest.
 */
public record NominationQuota(int minimumEntries) {

    public static final int DEFAULT_MINIMUM = 5;

    public static final NominationQuota DEFAULT = new NominationQuota(DEFAULT_MINIMUM);

    public NominationQuota {
        if (minimumEntries < 1) {
            throw new JudgingRuleException("contests.quota.minimumTooSmall");
        }
    }

    public boolean isAtRisk(int entries) {
        return entries < minimumEntries;
    }

    /** How many entries the nomination lacks; 0 when it has enough. */
    public int missing(int entries) {
        return Math.max(0, minimumEntries - entries);
    }

    /**
     * The organiser's decision to merge an at-risk nomination into another.
     *
     * @throws JudgingRuleException {@code contests.quota.reasonRequired}, {@code .notAtRisk} (entries, minimum),
     *         {@code .mergeIntoItself}
     */
    public NominationClosure merge(long nomination, int entries, long into, String reason, String decidedBy,
                                   Instant decidedAt) {
        requireClosable(entries, reason);
        if (into == nomination) {
            throw new JudgingRuleException("contests.quota.mergeIntoItself");
        }
        return new NominationClosure(nomination, NominationClosure.Kind.MERGED, into, reason.strip(), decidedBy,
                decidedAt);
    }

    /**
     * The organiser's decision to cancel an at-risk nomination.
     *
     * @throws JudgingRuleException {@code contests.quota.reasonRequired}, {@code .notAtRisk} (entries, minimum)
     */
    public NominationClosure cancel(long nomination, int entries, String reason, String decidedBy,
                                    Instant decidedAt) {
        requireClosable(entries, reason);
        return new NominationClosure(nomination, NominationClosure.Kind.CANCELLED, null, reason.strip(), decidedBy,
                decidedAt);
    }

    private void requireClosable(int entries, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new JudgingRuleException("contests.quota.reasonRequired");
        }
        if (!isAtRisk(entries)) {
            throw new JudgingRuleException("contests.quota.notAtRisk", entries, minimumEntries);
        }
    }

    /**
     * What became of an at-risk nomination: merged into another ({@code mergedInto}) or cancelled, why, who decided
     * and when.
     */
    public record NominationClosure(long nominationId, Kind kind, Long mergedInto, String reason, String decidedBy,
                                    Instant decidedAt) {

        public enum Kind {
            MERGED, CANCELLED;

            public String messageKey() {
                return "contests.quota." + name();
            }
        }

        public NominationClosure {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(decidedAt, "decidedAt");
            if ((kind == Kind.MERGED) != (mergedInto != null)) {
                throw new IllegalArgumentException("a merged nomination names the one it is merged into, only it");
            }
        }
    }
}
