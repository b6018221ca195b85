package ru.portal500.contests.judging;

import ru.portal500.expertise.checklist.CriterionSpread;
import ru.portal500.expertise.checklist.DivergenceRules;
import ru.portal500.expertise.checklist.ScoreAggregate;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.expertise.checklist.Spread;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * How far an entry's jurors disagree, and what follows. The spreads are the expertise aggregate's
 * ({@link ScoreAggregate}: per criterion the raw marks, in total the shares in percent of the maximum), compared with
 * the <em>contest's</em> threshold ({@link JudgingSettings#divergence()}, read as the expertise's
 * {@link DivergenceRules}: the total diverges when its range exceeds the limit in percentage points, a criterion when
 * its marks' range exceeds its limit).
 *
 * <p>The state, in this order: {@link State#MODERATED} when the organiser recorded a decision (whatever the
 * spreads); {@link State#AGREED} when nothing diverges; {@link State#REVIEWS_PENDING} when a review assigned to the
 * entry is not submitted yet (it may settle the disagreement); {@link State#EXTRA_JUROR_NEEDED} while the entry has
 * fewer reviews than the reviews per entry plus the extra ones allowed — the assignment adds a juror automatically;
 * {@link State#MODERATION_NEEDED} when no extra juror is left to ask: the organiser decides.
 *
 * <p>The figures: per scored criterion its spread of marks with the contest's limit ({@code criteria}, in the
 * checklist's order) and the codes of those that diverge; in total the spread of the reviews' weighted totals in
 * points ({@code totalPoints}) and of their shares in percent ({@code totalPercent}, compared with
 * {@code totalLimitPercentPoints}).
 */
public record EntryDivergence(long entryId, int reviews, List<CriterionSpread> criteria,
                              List<String> divergentCriteria, Spread totalPoints, Spread totalPercent,
                              BigDecimal totalLimitPercentPoints, boolean totalDivergent, State state) {

    /** What a divergence asks for. */
    public enum State {
        AGREED, REVIEWS_PENDING, EXTRA_JUROR_NEEDED, MODERATION_NEEDED, MODERATED;

        /** The message key of the state's name. */
        public String messageKey() {
            return "contests.divergence." + name();
        }
    }

    /** The most disagreed-on entries first: the total's range, then the number of divergent criteria, then the id. */
    public static final Comparator<EntryDivergence> BY_DISAGREEMENT = Comparator
            .comparing((EntryDivergence d) -> d.totalPercent().range()).reversed()
            .thenComparing(Comparator.comparingInt((EntryDivergence d) -> d.divergentCriteria().size()).reversed())
            .thenComparingLong(EntryDivergence::entryId);

    public EntryDivergence {
        criteria = List.copyOf(criteria);
        divergentCriteria = List.copyOf(divergentCriteria);
    }

    /**
     * The divergence of one entry from its submitted sheets (drafts ignored).
     *
     * @throws IllegalArgumentException for an entry without a submitted sheet: nothing to compare yet
     */
    public static EntryDivergence of(EntryScores entry, JudgingSettings settings) {
        List<ScoreSheet> submitted = entry.submitted();
        if (submitted.isEmpty()) {
            throw new IllegalArgumentException("entry " + entry.entryId() + " has no submitted sheet");
        }
        return of(entry, ScoreAggregate.of(submitted), settings);
    }

    /** The same, from the aggregate of the entry's submitted sheets already computed. */
    static EntryDivergence of(EntryScores entry, ScoreAggregate aggregate, JudgingSettings settings) {
        List<ScoreSheet> submitted = aggregate.sheets();
        DivergenceRules rules = settings.divergence();
        List<CriterionSpread> criteria = aggregate.criteria().stream().filter(c -> c.criterion().isScored())
                .map(c -> {
                    BigDecimal limit = rules.limitFor(c.criterion());
                    boolean divergent = c.marks().count() > 1 && c.marks().range().compareTo(limit) > 0;
                    return new CriterionSpread(c.criterion(), c.position(), c.marks(), limit, divergent, c.failed(),
                            c.scores());
                }).toList();
        List<String> divergentCriteria = criteria.stream().filter(CriterionSpread::divergent)
                .map(c -> c.criterion().code()).toList();
        Spread percent = aggregate.total().percent();
        BigDecimal limit = rules.totalSpreadPercentPoints();
        boolean totalDivergent = percent.count() > 1 && percent.range().compareTo(limit) > 0;
        State state;
        if (entry.decision() != null) {
            state = State.MODERATED;
        } else if (!totalDivergent && divergentCriteria.isEmpty()) {
            state = State.AGREED;
        } else if (entry.reviewsAssigned() > submitted.size()) {
            state = State.REVIEWS_PENDING;
        } else if (entry.reviewsAssigned() < settings.reviewsPerEntry() + settings.extraReviewsAtMost()) {
            state = State.EXTRA_JUROR_NEEDED;
        } else {
            state = State.MODERATION_NEEDED;
        }
        return new EntryDivergence(entry.entryId(), submitted.size(), criteria, divergentCriteria,
                aggregate.total().weighted(), percent, limit, totalDivergent, state);
    }

    /** The jurors disagree beyond the contest's threshold, on the total or on some criterion. */
    public boolean isDivergent() {
        return totalDivergent || !divergentCriteria.isEmpty();
    }

    /** The assignment should give this entry another juror now. */
    public boolean needsExtraJuror() {
        return state == State.EXTRA_JUROR_NEEDED;
    }

    /** The organiser must record a moderated decision before the entry can be ranked on agreed scores. */
    public boolean needsModeration() {
        return state == State.MODERATION_NEEDED;
    }

    /** The divergences of a nomination's entries that have a submitted sheet, the most disagreed-on first. */
    public static List<EntryDivergence> byDisagreement(List<EntryScores> entries, JudgingSettings settings) {
        return entries.stream().filter(e -> !e.submitted().isEmpty()).map(e -> of(e, settings))
                .sorted(BY_DISAGREEMENT).toList();
    }
}
