package ru.portal500.contests.judging;

import org.junit.jupiter.api.Test;
import ru.portal500.contests.judging.EntryDivergence.State;
import ru.portal500.expertise.checklist.DivergenceRules;
import ru.portal500.shared.i18n.Texts;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.contests.judging.JudgingSamples.CASES;
import static ru.portal500.contests.judging.JudgingSamples.OCTOBER_1;
import static ru.portal500.contests.judging.JudgingSamples.assertRefused;
import static ru.portal500.contests.judging.JudgingSamples.draft;
import static ru.portal500.contests.judging.JudgingSamples.entry;
import static ru.portal500.contests.judging.JudgingSamples.sheet;

class EntryDivergenceTest {

    /** Two reviews an entry, one extra juror at most; 20 percentage points on the total, half the range of a mark. */
    private static final JudgingSettings SETTINGS = JudgingSettings.DEFAULT.withReviewsPerEntry(2);

    /** Totals 18 and 8 of 20: 90 % and 40 %, a range of 50 percentage points. */
    private static EntryScores disputed() {
        return entry(1, 0, sheet("a", 5, 5, 8), sheet("b", 2, 2, 4));
    }

    @Test
    void closeScoresAgree() {
        EntryDivergence divergence = EntryDivergence.of(entry(1, 0, sheet("a", 4, 4, 8), sheet("b", 4, 3, 7)),
                SETTINGS);
        assertEquals(State.AGREED, divergence.state());
        assertEquals(new BigDecimal("10"), divergence.totalPercent().range(), "80 % and 70 %");
        assertFalse(divergence.isDivergent());
        assertEquals(List.of(), divergence.divergentCriteria());
    }

    @Test
    void aDivergentEntryGetsAnExtraJurorThenWaitsThenNeedsTheOrganiser() {
        EntryDivergence first = EntryDivergence.of(disputed(), SETTINGS);
        assertTrue(first.totalDivergent());
        assertEquals(new BigDecimal("50"), first.totalPercent().range());
        assertEquals(new BigDecimal("10"), first.totalPoints().range(), "18 and 8 points");
        assertEquals(new BigDecimal("13"), first.totalPoints().mean());
        assertEquals(new BigDecimal("20"), first.totalLimitPercentPoints());
        assertEquals(State.EXTRA_JUROR_NEEDED, first.state());
        assertTrue(first.needsExtraJuror());

        EntryScores extraAssigned = disputed().withReviewsAssigned(3);
        assertEquals(State.REVIEWS_PENDING, EntryDivergence.of(extraAssigned, SETTINGS).state());

        EntryScores stillDisputed = entry(1, 0, sheet("a", 5, 5, 8), sheet("b", 2, 2, 4), sheet("c", 5, 5, 9));
        EntryDivergence last = EntryDivergence.of(stillDisputed, SETTINGS);
        assertEquals(State.MODERATION_NEEDED, last.state());
        assertTrue(last.needsModeration());
        assertFalse(last.needsExtraJuror());

        ModeratedDecision decision = ModeratedDecision.record("organiser", OCTOBER_1, new BigDecimal("17.5"),
                "Оценка второго члена жюри не учитывает приложенные результаты", CASES);
        assertEquals(State.MODERATED, EntryDivergence.of(stillDisputed.withDecision(decision), SETTINGS).state());
        assertEquals("Оценки расходятся: нужен дополнительный член жюри",
                Texts.get(Texts.RUSSIAN, State.EXTRA_JUROR_NEEDED.messageKey()));
    }

    @Test
    void withNoExtraJurorAllowedTheOrganiserDecidesAtOnce() {
        JudgingSettings noExtra = new JudgingSettings(2, 0, DivergenceRules.DEFAULT, false);
        assertEquals(State.MODERATION_NEEDED, EntryDivergence.of(disputed(), noExtra).state());
    }

    @Test
    void theContestsThresholdIsUsedNotTheChecklists() {
        JudgingSettings lenient = SETTINGS.withDivergence(new DivergenceRules(BigDecimal.valueOf(60),
                BigDecimal.valueOf(100)));
        assertEquals(State.AGREED, EntryDivergence.of(disputed(), lenient).state(),
                "50 points apart is within the contest's 60, though above the checklist's 20");
    }

    @Test
    void aCriterionDivergesEvenWhenTheTotalsAgree() {
        EntryDivergence divergence = EntryDivergence.of(entry(1, 0, sheet("a", 0, 5, 5), sheet("b", 5, 0, 5)),
                SETTINGS);
        assertFalse(divergence.totalDivergent());
        assertEquals(List.of("K1", "K2"), divergence.divergentCriteria(), "0 and 5 on 0–5: 5 > 2.5");
        assertEquals(new BigDecimal("2.5"), divergence.criteria().get(0).limit());
        assertEquals(3, divergence.criteria().size(), "the comment K9 has no marks to spread");
        assertEquals(State.EXTRA_JUROR_NEEDED, divergence.state());
    }

    @Test
    void entriesSortByDisagreementTheMostDisputedFirst() {
        List<EntryDivergence> sorted = EntryDivergence.byDisagreement(List.of(
                entry(1, 0, sheet("a", 4, 4, 8), sheet("b", 4, 3, 7)),           // 10 points
                entry(2, 0, sheet("a", 5, 5, 8), sheet("b", 2, 2, 4)),           // 50
                entry(3, 0, sheet("a", 0, 5, 5), sheet("b", 5, 0, 5)),           // 0, two criteria
                entry(4, 0, sheet("a", 3, 3, 5), sheet("b", 3, 3, 5)),           // 0
                entry(5, 0, draft("a", 3))), SETTINGS);                          // nothing submitted
        assertEquals(List.of(2L, 1L, 3L, 4L), sorted.stream().map(EntryDivergence::entryId).toList());
    }

    @Test
    void aModeratedDecisionNeedsAReasonAndATotalOnTheChecklistsScale() {
        assertRefused("contests.moderation.reasonRequired",
                () -> ModeratedDecision.record("organiser", OCTOBER_1, BigDecimal.TEN, "  ", CASES));
        String russian = assertRefused("contests.moderation.totalOutOfRange",
                new Object[] {new BigDecimal("21"), CASES.maximumScore()},
                () -> ModeratedDecision.record("organiser", OCTOBER_1, new BigDecimal("21"), "Причина", CASES));
        assertEquals("Балл 21 вне шкалы чек-листа: допустимо от 0 до 20.", russian);
        assertEquals("Балл 20,5 вне шкалы чек-листа: допустимо от 0 до 20.", assertRefused(
                "contests.moderation.totalOutOfRange", () -> ModeratedDecision.record("organiser", OCTOBER_1,
                        new BigDecimal("20.5"), "Причина", CASES)), "a fraction in the reader's way, not «20.5»");
        assertRefused("contests.moderation.totalOutOfRange",
                () -> ModeratedDecision.record("organiser", OCTOBER_1, new BigDecimal("-1"), "Причина", CASES));
        assertEquals("Укажите итоговый балл решения организатора: от 0 до 20.", assertRefused(
                "contests.moderation.totalRequired", new Object[] {CASES.maximumScore()},
                () -> ModeratedDecision.record("organiser", OCTOBER_1, null, "Причина", CASES)));
    }
}
