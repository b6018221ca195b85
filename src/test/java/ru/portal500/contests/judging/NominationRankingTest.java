package ru.portal500.contests.judging;

import org.junit.jupiter.api.Test;
import ru.portal500.contests.judging.NominationRanking.RankedEntry;
import ru.portal500.contests.judging.NominationRanking.ScoreSource;
import ru.portal500.contests.judging.NominationRanking.TieBreakApplied;
import ru.portal500.contests.judging.NominationRanking.UnrankedEntry;
import ru.portal500.contests.judging.NominationRanking.UnrankedReason;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ChecklistSection;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.DivergenceRules;
import ru.portal500.expertise.checklist.VerdictRules;
import ru.portal500.shared.i18n.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.portal500.contests.judging.JudgingSamples.CASES;
import static ru.portal500.contests.judging.JudgingSamples.OCTOBER_1;
import static ru.portal500.contests.judging.JudgingSamples.assertRefused;
import static ru.portal500.contests.judging.JudgingSamples.draft;
import static ru.portal500.contests.judging.JudgingSamples.entry;
import static ru.portal500.contests.judging.JudgingSamples.sheet;

class NominationRankingTest {

    /** Two reviews an entry, limits so wide that no entry diverges (divergence has its own test). */
    private static final JudgingSettings TWO_REVIEWS = JudgingSettings.DEFAULT.withReviewsPerEntry(2)
            .withDivergence(new DivergenceRules(BigDecimal.valueOf(100), BigDecimal.valueOf(100)));

    private static final TieBreakChain BY_K2 = TieBreakChain.parse("TOTAL, CRITERION:K2, EARLIER_SUBMISSION", CASES);

    private static List<Long> order(NominationRanking ranking) {
        return ranking.ranked().stream().map(RankedEntry::entryId).toList();
    }

    @Test
    void entriesAreRankedByTheirMeanTotalWithoutTieBreaks() {
        NominationRanking ranking = NominationRanking.rank(CASES, BY_K2, TWO_REVIEWS, List.of(
                entry(1, 0, sheet("a", 3, 3, 6), sheet("b", 3, 3, 4)),   // mean 11
                entry(2, 5, sheet("a", 5, 5, 9), sheet("b", 4, 4, 9)),   // mean 18
                entry(3, 9, sheet("a", 4, 4, 6), sheet("b", 4, 4, 7)))); // mean 14.5
        assertEquals(List.of(2L, 3L, 1L), order(ranking));
        assertEquals(List.of(1, 2, 3), ranking.ranked().stream().map(RankedEntry::place).toList());
        assertEquals(new BigDecimal("14.5"), ranking.entry(3).orElseThrow().rawMean());
        assertEquals(ScoreSource.RAW_MEAN, ranking.entry(3).orElseThrow().source());
        assertEquals(List.of(), ranking.tieBreaks());
        assertEquals(List.of(), ranking.unranked());
    }

    @Test
    void aTieOnTheTotalIsBrokenByTheNamedCriterionAndShownAsSuch() {
        NominationRanking ranking = NominationRanking.rank(CASES, BY_K2, TWO_REVIEWS, List.of(
                entry(1, 0, sheet("a", 5, 2, 8), sheet("b", 5, 2, 8)),   // 15, K2 mean 2
                entry(2, 5, sheet("a", 3, 4, 8), sheet("b", 3, 4, 8)),   // 15, K2 mean 4
                entry(3, 9, sheet("a", 5, 5, 10), sheet("b", 5, 5, 9)))); // 19.5
        assertEquals(List.of(3L, 2L, 1L), order(ranking), "the later entry 2 goes above entry 1 on K2");
        assertEquals(List.of(new TieBreakApplied(2, 2, 1, 2, TieBreakStep.criterion("K2"), new BigDecimal("4"),
                new BigDecimal("2"))), ranking.tieBreaks());
    }

    @Test
    void tiesAllTheWayDownAreResolvedByTheEarlierSubmissionThenTheId() {
        List<EntryScores> entries = List.of(
                entry(7, 30, sheet("a", 4, 4, 8), sheet("b", 4, 4, 8)),
                entry(4, 10, sheet("a", 4, 4, 8), sheet("b", 4, 4, 8)),
                entry(9, 10, sheet("a", 4, 4, 8), sheet("b", 4, 4, 8)),  // same instant as 4
                entry(5, 20, sheet("a", 4, 3, 9), sheet("b", 4, 5, 7))); // same total and K2 mean, other marks
        NominationRanking ranking = NominationRanking.rank(CASES, BY_K2, TWO_REVIEWS, entries);
        assertEquals(List.of(4L, 9L, 5L, 7L), order(ranking));
        List<TieBreakApplied> applied = ranking.tieBreaks();
        assertEquals(3, applied.size());
        assertEquals(new TieBreakApplied(1, 4, 9, 4, TieBreakStep.entryId(), 4L, 9L), applied.get(0));
        assertEquals(new TieBreakApplied(2, 9, 5, 3, TieBreakStep.earlierSubmission(), OCTOBER_1.plusSeconds(600),
                OCTOBER_1.plusSeconds(1200)), applied.get(1));
        assertEquals(3, applied.get(2).stepNumber());
        assertEquals(List.of(5L, 7L), List.of(applied.get(2).upperEntryId(), applied.get(2).lowerEntryId()));
    }

    @Test
    void theRankingIsTheSameWhateverTheOrderTheEntriesComeIn() {
        List<EntryScores> entries = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            entries.add(entry(i, i % 4, sheet("a", i % 3, 2, 5), sheet("b", 2, i % 2, 5)));
        }
        List<Long> first = order(NominationRanking.rank(CASES, BY_K2, TWO_REVIEWS, entries));
        List<EntryScores> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(16));
        assertEquals(first, order(NominationRanking.rank(CASES, BY_K2, TWO_REVIEWS, shuffled)));
        assertEquals(30, first.size());
    }

    @Test
    void theJurysAgreementBreaksATieWhenTheChainNamesIt() {
        TieBreakChain chain = TieBreakChain.parse("TOTAL, AGREEMENT, EARLIER_SUBMISSION", CASES);
        NominationRanking ranking = NominationRanking.rank(CASES, chain, TWO_REVIEWS, List.of(
                entry(1, 0, sheet("a", 5, 5, 10), sheet("b", 1, 1, 2)),   // 12, range 16
                entry(2, 5, sheet("a", 3, 3, 6), sheet("b", 3, 3, 6))));  // 12, range 0
        assertEquals(List.of(2L, 1L), order(ranking));
        assertEquals(TieBreakStep.agreement(), ranking.tieBreaks().get(0).step());
        assertEquals(new BigDecimal("16"), ranking.tieBreaks().get(0).lowerFigure());
    }

    @Test
    void anEntryWithTooFewSubmittedReviewsIsListedApartWithTheReason() {
        NominationRanking ranking = NominationRanking.rank(CASES, BY_K2, TWO_REVIEWS, List.of(
                entry(1, 0, sheet("a", 1, 1, 1), sheet("b", 1, 1, 1)),
                entry(2, 0, sheet("a", 5, 5, 10), draft("b", 5)),       // one submitted, one draft
                entry(3, 0, draft("a", 2))));
        assertEquals(List.of(1L), order(ranking));
        assertEquals(List.of(new UnrankedEntry(2, UnrankedReason.TOO_FEW_REVIEWS, 1, 2),
                new UnrankedEntry(3, UnrankedReason.NO_REVIEWS, 0, 2)), ranking.unranked());
        assertEquals("Не ранжируется: отправлено оценок 1 из 2 необходимых.",
                Texts.get(Texts.RUSSIAN, UnrankedReason.TOO_FEW_REVIEWS.messageKey(), 1, 2));
    }

    @Test
    void aModeratedDecisionRanksTheEntryInPlaceOfItsMeanWhichStaysBesideIt() {
        ModeratedDecision decision = ModeratedDecision.record("organiser", OCTOBER_1.plusSeconds(86_400),
                new BigDecimal("17"), "Третий член жюри подтвердил высокую оценку результативности", CASES);
        NominationRanking ranking = NominationRanking.rank(CASES, BY_K2, TWO_REVIEWS, List.of(
                entry(1, 0, sheet("a", 5, 5, 10), sheet("b", 0, 0, 2)).withDecision(decision), // mean 11
                entry(2, 0, sheet("a", 4, 4, 8), sheet("b", 4, 4, 8)),                          // 16
                entry(3, 0, sheet("a", 5, 2, 9)).withDecision(decision)));                     // one review, 17
        assertEquals(List.of(1L, 3L, 2L), order(ranking), "17 (moderated) above 16; entry 3 ranked on its decision");
        RankedEntry first = ranking.ranked().get(0);
        assertEquals(ScoreSource.MODERATED, first.source());
        assertEquals(new BigDecimal("17"), first.score());
        assertEquals(new BigDecimal("11"), first.rawMean());
        assertEquals(decision, first.decision());
        assertEquals(EntryDivergence.State.MODERATED, first.divergence());
        assertEquals(List.of(new TieBreakApplied(1, 1, 3, 2, TieBreakStep.criterion("K2"), new BigDecimal("2.5"),
                new BigDecimal("2"))), ranking.tieBreaks(), "1 and 3: 17 each; K2 means 2.5 and 2");
        assertNull(ranking.entry(2).orElseThrow().decision());
    }

    @Test
    void entriesTheJuryStillDisagreesOnAreNamedUntilSettled() {
        JudgingSettings strict = JudgingSettings.DEFAULT.withReviewsPerEntry(2);
        EntryScores disputed = entry(1, 0, sheet("a", 5, 5, 8), sheet("b", 2, 2, 4));   // 90 % and 40 %
        EntryScores agreed = entry(2, 0, sheet("a", 4, 4, 8), sheet("b", 4, 3, 7));     // 80 % and 70 %
        NominationRanking ranking = NominationRanking.rank(CASES, BY_K2, strict, List.of(disputed, agreed));
        assertEquals(List.of(1L), ranking.unsettled().stream().map(RankedEntry::entryId).toList());
        assertEquals(EntryDivergence.State.EXTRA_JUROR_NEEDED, ranking.unsettled().get(0).divergence());
        ModeratedDecision decision = ModeratedDecision.record("organiser", OCTOBER_1, new BigDecimal("12"),
                "Проверено по приложенным материалам", CASES);
        NominationRanking settled = NominationRanking.rank(CASES, BY_K2, strict,
                List.of(disputed.withDecision(decision), agreed));
        assertEquals(List.of(), settled.unsettled());
        assertEquals(List.of(2L, 1L), order(settled), "13.5 above the decided 12");
    }

    @Test
    void aChainNamingACriterionOutsideTheNominationsChecklistRanksNothing() {
        Checklist other = new Checklist("Кейсы: номинация «Воспитание»", "CONTEST_CASE", 1,
                List.of(ChecklistSection.of("Кейс", Criterion.scale("V1", "Воспитательный эффект", 0, 5))),
                VerdictRules.DEFAULT, DivergenceRules.DEFAULT);
        assertRefused("contests.tieBreak.unknownCriterion", new Object[] {"K2", "Кейсы: номинация «Воспитание»"},
                () -> NominationRanking.rank(other, BY_K2, TWO_REVIEWS, List.of()));
    }

    @Test
    void theCallersMistakesAreNotTheOrganisers() {
        assertThrows(IllegalArgumentException.class, () -> NominationRanking.rank(CASES, BY_K2, TWO_REVIEWS,
                List.of(entry(1, 0, sheet("a", 1, 1, 1)), entry(1, 1, sheet("b", 1, 1, 1)))));
    }
}
