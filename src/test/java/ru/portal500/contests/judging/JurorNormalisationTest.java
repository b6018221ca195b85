package ru.portal500.contests.judging;

import org.junit.jupiter.api.Test;
import ru.portal500.contests.judging.JurorNormalisation.JurorScale;
import ru.portal500.contests.judging.JurorNormalisation.RawReason;
import ru.portal500.contests.judging.NominationRanking.RankedEntry;
import ru.portal500.contests.judging.NominationRanking.ScoreSource;
import ru.portal500.expertise.checklist.DivergenceRules;
import ru.portal500.shared.i18n.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.contests.judging.JudgingSamples.draft;
import static ru.portal500.contests.judging.JudgingSamples.entry;
import static ru.portal500.contests.judging.JudgingSamples.sheet;

class JurorNormalisationTest {

    private static BigDecimal rounded(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP);
    }

    /**
     * A lenient juror A (18 and 14) and a strict juror B (10 and 6) score the same two entries: both put entry 1
     * 2 points above their own mean, so both z-scores are +1 and −1. All four totals: mean 12, population standard
     * deviation √20 ≈ 4.4721.
     */
    @Test
    void eachJurorsTotalsBecomeZScoresPutBackOnTheNominationsScale() {
        JurorNormalisation normalisation = JurorNormalisation.of(List.of(
                entry(1, 0, sheet("A", 5, 5, 8), sheet("B", 3, 3, 4)),
                entry(2, 0, sheet("A", 4, 4, 6), sheet("B", 2, 2, 2))));
        assertEquals(new BigDecimal("12"), normalisation.pool().mean());
        assertEquals(new BigDecimal("4.4721"), rounded(normalisation.pool().standardDeviation()));
        JurorScale a = normalisation.juror("A").orElseThrow();
        assertEquals(new JurorScale("A", 2, new BigDecimal("16"), new BigDecimal("2"), Optional.empty()), a,
                "the population deviation of 18 and 14 is 2 (the sample one would be 2.83)");
        assertEquals(List.of(new BigDecimal("16.4721"), new BigDecimal("16.4721")),
                normalisation.normalisedTotals(1).stream().map(JurorNormalisationTest::rounded).toList());
        assertEquals(new BigDecimal("16.4721"), rounded(normalisation.normalisedMean(1).orElseThrow()));
        assertEquals(new BigDecimal("7.5279"), rounded(normalisation.normalisedMean(2).orElseThrow()));
    }

    @Test
    void aJurorWithOneScoreOrNoSpreadKeepsTheirRawTotals() {
        JurorNormalisation normalisation = JurorNormalisation.of(List.of(
                entry(1, 0, sheet("once", 5, 5, 9), sheet("flat", 3, 3, 3), draft("drafting", 1)),
                entry(2, 0, sheet("flat", 2, 2, 5), sheet("A", 1, 1, 1)),
                entry(3, 0, sheet("A", 5, 5, 5))));
        assertEquals(Optional.of(RawReason.ONE_SCORE), normalisation.juror("once").orElseThrow().keptRaw());
        assertEquals(Optional.of(RawReason.NO_SPREAD), normalisation.juror("flat").orElseThrow().keptRaw());
        assertEquals(Optional.empty(), normalisation.juror("drafting"), "a draft is no score");
        assertEquals(List.of(new BigDecimal("19"), new BigDecimal("9")), normalisation.normalisedTotals(1));
        assertEquals("Поставил всем работам один балл: баллы не нормируются",
                Texts.get(Texts.RUSSIAN, RawReason.NO_SPREAD.messageKey()));
    }

    /**
     * Lenient A scores entries 1–3 (18, 17, 16), strict B entries 4–6 (10, 4, 4). On raw means entry 1 wins; B's 10 is
     * further above B's habit (1.41 deviations) than A's 18 above A's (1.22), so on normalised scores entry 4 wins;
     * and B's 4s (−0.71) are less below B's habit than A's 16 (−1.22) below A's, so entry 3 comes last.
     */
    @Test
    void theRankingStaysOnTheRawMeanUnlessTheContestChoseNormalisedScores() {
        List<EntryScores> entries = List.of(
                entry(1, 0, sheet("A", 5, 5, 8)), entry(2, 0, sheet("A", 5, 5, 7)), entry(3, 0, sheet("A", 5, 5, 6)),
                entry(4, 0, sheet("B", 3, 3, 4)), entry(5, 0, sheet("B", 1, 1, 2)), entry(6, 0, sheet("B", 1, 1, 2)));
        JudgingSettings oneReview = new JudgingSettings(1, 0, DivergenceRules.DEFAULT, false);
        NominationRanking raw = NominationRanking.rank(JudgingSamples.CASES, TieBreakChain.standard(), oneReview,
                entries);
        assertEquals(1L, raw.ranked().get(0).entryId());
        RankedEntry fourth = raw.entry(4).orElseThrow();
        assertEquals(ScoreSource.RAW_MEAN, fourth.source());
        assertEquals(new BigDecimal("10"), fourth.score());
        assertTrue(fourth.normalisedMean().compareTo(new BigDecimal("10")) > 0,
                "the normalised mean is shown beside the raw one");

        NominationRanking normalised = NominationRanking.rank(JudgingSamples.CASES, TieBreakChain.standard(),
                oneReview.rankedByNormalisedScores(), entries);
        assertEquals(List.of(4L, 1L, 2L, 5L, 6L, 3L),
                normalised.ranked().stream().map(RankedEntry::entryId).toList());
        RankedEntry first = normalised.ranked().get(0);
        assertEquals(ScoreSource.NORMALISED_MEAN, first.source());
        assertEquals(new BigDecimal("10"), first.rawMean(), "the raw mean stays beside the normalised one");
        assertEquals(first.normalisedMean(), first.score());
    }
    /**
     * Juror P gives 0, 0, 1 and juror Q 1, 1, 3: the same habit at two scales, so their entries are pairwise equal on
     * normalised scores, though the deviations they are computed through differ (unrounded, the last digits differ:
     * 0.2928932188134526 and …521). The scores are rounded, so the chain decides between equals, not arithmetic.
     */
    @Test
    void normalisedScoresEqualInExactArithmeticTieAndTheChainDecides() {
        List<EntryScores> entries = List.of(
                entry(1, 5, sheet("P", 0, 0, 0)), entry(2, 6, sheet("P", 0, 0, 0)), entry(3, 7, sheet("P", 0, 0, 1)),
                entry(4, 1, sheet("Q", 0, 0, 1)), entry(5, 2, sheet("Q", 0, 0, 1)), entry(6, 3, sheet("Q", 0, 0, 3)));
        NominationRanking ranking = NominationRanking.rank(JudgingSamples.CASES, TieBreakChain.standard(),
                new JudgingSettings(1, 0, DivergenceRules.DEFAULT, true), entries);
        assertEquals(new BigDecimal("0.2929"), ranking.entry(1).orElseThrow().score());
        assertEquals(new BigDecimal("0.2929"), ranking.entry(4).orElseThrow().score());
        assertEquals(List.of(6L, 3L, 4L, 5L, 1L, 2L), ranking.ranked().stream().map(RankedEntry::entryId).toList(),
                "equals in the order of submission");
        assertEquals(List.of(1, 3, 4, 5), ranking.tieBreaks().stream().map(t -> t.upperPlace()).toList());
        assertTrue(ranking.tieBreaks().stream().allMatch(t -> t.step().equals(TieBreakStep.earlierSubmission())));
    }
}
