package ru.portal500.contests.judging;

import ru.portal500.expertise.checklist.DivergenceRules;

import java.util.Objects;

/**
 * A contest's judging settings that the rules read.
 *
 * @param reviewsPerEntry    the reviews each entry must have to be ranked (at least 1)
 * @param extraReviewsAtMost how many extra jurors a divergent entry may get before the organiser must moderate it
 *                           (0: moderation at once)
 * @param divergence         the contest's divergence threshold: on the total in percentage points of the maximum, on
 *                           a criterion a share of its range of marks (or the criterion's own limit); the expertise
 *                           rules, read the same way
 * @param normalisedRanking  whether the contest ranks by the jurors' normalised scores instead of the raw mean
 *                           (off by default: the raw mean is what the jurors gave; see {@link JurorNormalisation})
 */
public record JudgingSettings(int reviewsPerEntry, int extraReviewsAtMost, DivergenceRules divergence,
                              boolean normalisedRanking) {

    /** Three reviews an entry, one extra juror at most, the expertise's default limits, ranking on the raw mean. */
    public static final JudgingSettings DEFAULT = new JudgingSettings(3, 1, DivergenceRules.DEFAULT, false);

    public JudgingSettings {
        if (reviewsPerEntry < 1) {
            throw new JudgingRuleException("contests.judging.reviewsPerEntryTooFew");
        }
        if (extraReviewsAtMost < 0) {
            throw new JudgingRuleException("contests.judging.extraReviewsNegative");
        }
        Objects.requireNonNull(divergence, "divergence");
    }

    public JudgingSettings withReviewsPerEntry(int reviews) {
        return new JudgingSettings(reviews, extraReviewsAtMost, divergence, normalisedRanking);
    }

    public JudgingSettings withDivergence(DivergenceRules rules) {
        return new JudgingSettings(reviewsPerEntry, extraReviewsAtMost, rules, normalisedRanking);
    }

    public JudgingSettings rankedByNormalisedScores() {
        return new JudgingSettings(reviewsPerEntry, extraReviewsAtMost, divergence, true);
    }
}
