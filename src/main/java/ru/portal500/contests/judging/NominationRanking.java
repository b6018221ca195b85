package ru.portal500.contests.judging;

import ru.portal500.contests.judging.TieBreakStep.Kind;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.CriterionSpread;
import ru.portal500.expertise.checklist.ScoreAggregate;
import ru.portal500.expertise.checklist.ScoreSheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ranking of one nomination: places 1..n, each entry its own place, ordered by the contest's
 * {@link TieBreakChain}; for every two neighbours that the total left equal, which step of the chain put one above
 * the other (the protocol shows each tie-break applied); and, apart, the entries that cannot be ranked, each with the
 * reason.
 *
 * <p>The score an entry is ranked by ({@link RankedEntry#score()}, the chain's {@link Kind#TOTAL} step):
 * <ol>
 *   <li>the organiser's {@link ModeratedDecision moderated decision}, when there is one (the jurors' own scores stay
 *       in {@link RankedEntry#rawMean()} and in the protocol);</li>
 *   <li>else, when the contest chose {@link JudgingSettings#normalisedRanking()}, the mean of its jurors'
 *       normalised totals ({@link JurorNormalisation});</li>
 *   <li>else the raw mean of its submitted sheets' weighted totals — the default.</li>
 * </ol>
 * The raw mean and the normalised mean are both given for every ranked entry, side by side.
 *
 * <p>An entry with fewer submitted reviews than {@link JudgingSettings#reviewsPerEntry()} is not ranked
 * ({@link UnrankedReason#TOO_FEW_REVIEWS}, or {@link UnrankedReason#NO_REVIEWS} with none), unless the organiser
 * recorded a moderated decision on it and it has at least one submitted review: the decision is the organiser's
 * answer to a missing or disputed review.
 */
public final class NominationRanking {

    /** Why an entry is listed apart. */
    public enum UnrankedReason {
        NO_REVIEWS, TOO_FEW_REVIEWS;

        /** The message key of the reason; its arguments are the submitted and the required number of reviews. */
        public String messageKey() {
            return "contests.ranking.unranked." + name();
        }
    }

    /** Which score ranked an entry. */
    public enum ScoreSource {
        RAW_MEAN, NORMALISED_MEAN, MODERATED;

        public String messageKey() {
            return "contests.ranking.source." + name();
        }
    }

    /**
     * A ranked entry and every figure the chain may compare: the score it is ranked by and where it comes from, the
     * raw and the normalised mean totals, the moderated decision (null when none), the mean raw mark per scored
     * criterion (by code, in the checklist's order), the range of its reviews' totals, its divergence state.
     */
    public record RankedEntry(int place, long entryId, Instant submittedAt, int reviews, BigDecimal score,
                              ScoreSource source, BigDecimal rawMean, BigDecimal normalisedMean,
                              ModeratedDecision decision, Map<String, BigDecimal> criterionMeans,
                              BigDecimal totalRange, EntryDivergence.State divergence) {

        public RankedEntry {
            criterionMeans = Collections.unmodifiableMap(new LinkedHashMap<>(criterionMeans));
        }

        /**
         * What a step compares for this entry: a {@link BigDecimal} (total, criterion mean, range), the submission
         * {@link Instant}, or the entry id as a {@link Long}.
         */
        public Comparable<?> figure(TieBreakStep step) {
            return switch (step.kind()) {
                case TOTAL -> score;
                case CRITERION -> criterionMeans.getOrDefault(step.criterionCode(), BigDecimal.ZERO);
                case AGREEMENT -> totalRange;
                case EARLIER_SUBMISSION -> submittedAt;
                case ENTRY_ID -> entryId;
            };
        }

        RankedEntry at(int newPlace) {
            return new RankedEntry(newPlace, entryId, submittedAt, reviews, score, source, rawMean, normalisedMean,
                    decision, criterionMeans, totalRange, divergence);
        }
    }

    /**
     * Two neighbours equal on every step before {@code stepNumber} (1-based; the total is step 1), and the step that
     * put {@code upperEntryId} (at {@code upperPlace}) above {@code lowerEntryId}, with both figures it compared.
     */
    public record TieBreakApplied(int upperPlace, long upperEntryId, long lowerEntryId, int stepNumber,
                                  TieBreakStep step, Comparable<?> upperFigure, Comparable<?> lowerFigure) {
    }

    /** An entry that is not ranked, why, and how many reviews it has of how many required. */
    public record UnrankedEntry(long entryId, UnrankedReason reason, int submittedReviews, int requiredReviews) {
    }

    private final TieBreakChain chain;
    private final List<RankedEntry> ranked;
    private final List<TieBreakApplied> tieBreaks;
    private final List<UnrankedEntry> unranked;
    private final JurorNormalisation normalisation;

    private NominationRanking(TieBreakChain chain, List<RankedEntry> ranked, List<TieBreakApplied> tieBreaks,
                              List<UnrankedEntry> unranked, JurorNormalisation normalisation) {
        this.chain = chain;
        this.ranked = List.copyOf(ranked);
        this.tieBreaks = List.copyOf(tieBreaks);
        this.unranked = List.copyOf(unranked);
        this.normalisation = normalisation;
    }

    /**
     * Ranks one nomination's entries.
     *
     * @param checklist the nomination's checklist: every sheet must be of it, and the chain must fit it
     * @throws JudgingRuleException when the chain names a criterion the checklist does not have
     * @throws IllegalArgumentException for two entries with one id or a sheet of another checklist (the caller's
     *                                  error, not the organiser's)
     */
    public static NominationRanking rank(Checklist checklist, TieBreakChain chain, JudgingSettings settings,
                                         List<EntryScores> entries) {
        chain.requireFits(checklist);
        Set<Long> ids = new HashSet<>();
        for (EntryScores entry : entries) {
            if (!ids.add(entry.entryId())) {
                throw new IllegalArgumentException("entry " + entry.entryId() + " given twice");
            }
            for (ScoreSheet sheet : entry.sheets()) {
                if (sheet.checklist() != checklist && !sheet.checklist().equals(checklist)) {
                    throw new IllegalArgumentException("entry " + entry.entryId()
                            + " has a sheet of another checklist");
                }
            }
        }
        JurorNormalisation normalisation = JurorNormalisation.of(entries);
        List<RankedEntry> candidates = new ArrayList<>();
        List<UnrankedEntry> unranked = new ArrayList<>();
        for (EntryScores entry : entries) {
            int submitted = entry.submitted().size();
            boolean enough = submitted >= settings.reviewsPerEntry() || submitted > 0 && entry.decision() != null;
            if (!enough) {
                unranked.add(new UnrankedEntry(entry.entryId(),
                        submitted == 0 ? UnrankedReason.NO_REVIEWS : UnrankedReason.TOO_FEW_REVIEWS, submitted,
                        settings.reviewsPerEntry()));
                continue;
            }
            candidates.add(candidate(entry, settings, normalisation));
        }
        unranked.sort(Comparator.comparingLong(UnrankedEntry::entryId));
        candidates.sort(comparator(chain));
        List<RankedEntry> ranked = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            ranked.add(candidates.get(i).at(i + 1));
        }
        return new NominationRanking(chain, ranked, tieBreaks(chain, ranked), unranked, normalisation);
    }

    private static RankedEntry candidate(EntryScores entry, JudgingSettings settings,
                                         JurorNormalisation normalisation) {
        ScoreAggregate aggregate = ScoreAggregate.of(entry.submitted());
        BigDecimal rawMean = aggregate.total().weighted().mean();
        BigDecimal normalisedMean = normalisation.normalisedMean(entry.entryId()).orElse(rawMean);
        Map<String, BigDecimal> criterionMeans = new LinkedHashMap<>();
        for (CriterionSpread spread : aggregate.criteria()) {
            if (spread.criterion().isScored()) {
                criterionMeans.put(spread.criterion().code(), spread.marks().mean());
            }
        }
        ScoreSource source = entry.decision() != null ? ScoreSource.MODERATED
                : settings.normalisedRanking() ? ScoreSource.NORMALISED_MEAN : ScoreSource.RAW_MEAN;
        BigDecimal score = switch (source) {
            case MODERATED -> entry.decision().total();
            case NORMALISED_MEAN -> normalisedMean;
            case RAW_MEAN -> rawMean;
        };
        return new RankedEntry(0, entry.entryId(), entry.submittedAt(), aggregate.sheets().size(), score, source,
                rawMean, normalisedMean, entry.decision(), criterionMeans, aggregate.total().weighted().range(),
                EntryDivergence.of(entry, aggregate, settings).state());
    }

    /** The order of a chain: each step in turn, the higher figure first except for the range and the instant. */
    static Comparator<RankedEntry> comparator(TieBreakChain chain) {
        Comparator<RankedEntry> order = (a, b) -> 0;
        for (TieBreakStep step : chain.steps()) {
            order = order.thenComparing((a, b) -> compare(step, a, b));
        }
        return order;
    }

    /** Negative when {@code a} goes above {@code b} on this step, zero when the step leaves them equal. */
    static int compare(TieBreakStep step, RankedEntry a, RankedEntry b) {
        return switch (step.kind()) {
            case TOTAL, CRITERION -> ((BigDecimal) b.figure(step)).compareTo((BigDecimal) a.figure(step));
            case AGREEMENT -> a.totalRange().compareTo(b.totalRange());
            case EARLIER_SUBMISSION -> a.submittedAt().compareTo(b.submittedAt());
            case ENTRY_ID -> Long.compare(a.entryId(), b.entryId());
        };
    }

    private static List<TieBreakApplied> tieBreaks(TieBreakChain chain, List<RankedEntry> ranked) {
        List<TieBreakApplied> applied = new ArrayList<>();
        for (int i = 0; i + 1 < ranked.size(); i++) {
            RankedEntry upper = ranked.get(i);
            RankedEntry lower = ranked.get(i + 1);
            List<TieBreakStep> steps = chain.steps();
            for (int s = 0; s < steps.size(); s++) {
                TieBreakStep step = steps.get(s);
                if (compare(step, upper, lower) != 0) {
                    if (s > 0) {
                        applied.add(new TieBreakApplied(upper.place(), upper.entryId(), lower.entryId(), s + 1, step,
                                upper.figure(step), lower.figure(step)));
                    }
                    break;
                }
            }
        }
        return applied;
    }

    public TieBreakChain chain() {
        return chain;
    }

    /** The ranked entries, place 1 first. */
    public List<RankedEntry> ranked() {
        return ranked;
    }

    public Optional<RankedEntry> entry(long entryId) {
        return ranked.stream().filter(r -> r.entryId() == entryId).findFirst();
    }

    /** Every tie-break applied, from the top of the ranking down. */
    public List<TieBreakApplied> tieBreaks() {
        return tieBreaks;
    }

    /**
     * The ranked entries whose jurors still disagree beyond the contest's threshold with nothing decided yet (an extra
     * review is due, an extra juror is to be assigned, or the organiser must moderate), place 1 first. Their places
     * stand on scores the contest has not settled: the results should not be confirmed while this is not empty.
     */
    public List<RankedEntry> unsettled() {
        return ranked.stream().filter(r -> r.divergence() != EntryDivergence.State.AGREED
                && r.divergence() != EntryDivergence.State.MODERATED).toList();
    }

    /** The entries listed apart, by id. */
    public List<UnrankedEntry> unranked() {
        return unranked;
    }

    /** The jurors' scales and the normalised totals behind {@link RankedEntry#normalisedMean()}. */
    public JurorNormalisation normalisation() {
        return normalisation;
    }
}
