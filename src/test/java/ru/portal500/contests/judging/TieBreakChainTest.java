package ru.portal500.contests.judging;

import org.junit.jupiter.api.Test;
import ru.portal500.contests.judging.TieBreakStep.Kind;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ChecklistSection;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.DivergenceRules;
import ru.portal500.expertise.checklist.VerdictRules;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.contests.judging.JudgingSamples.CASES;
import static ru.portal500.contests.judging.JudgingSamples.assertRefused;

class TieBreakChainTest {

    @Test
    void aWrittenChainIsParsedAndClosedByTheEntryId() {
        TieBreakChain chain = TieBreakChain.parse("total, CRITERION:K2; earlier_submission", CASES);
        assertEquals(List.of(TieBreakStep.total(), TieBreakStep.criterion("K2"), TieBreakStep.earlierSubmission(),
                TieBreakStep.entryId()), chain.steps());
        assertEquals("TOTAL, CRITERION:K2, EARLIER_SUBMISSION, ENTRY_ID", chain.text());
        assertEquals(chain, TieBreakChain.parse(chain.text(), CASES), "the stored form reads back the same");
    }

    @Test
    void theStandardChainIsTotalThenEarlierSubmissionThenId() {
        assertEquals("TOTAL, EARLIER_SUBMISSION, ENTRY_ID", TieBreakChain.standard().text());
        assertEquals(TieBreakChain.standard(), TieBreakChain.parse("TOTAL EARLIER_SUBMISSION", CASES));
    }

    @Test
    void aCriterionNotInTheChecklistIsRefusedByItsCode() {
        String russian = assertRefused("contests.tieBreak.unknownCriterion",
                new Object[] {"K7", "Панорама методических кейсов"},
                () -> TieBreakChain.parse("TOTAL, CRITERION:K7, EARLIER_SUBMISSION", CASES));
        assertEquals("Критерий «K7» не входит в чек-лист конкурса «Панорама методических кейсов»: разрешать "
                + "равенство можно только по критериям этого чек-листа.", russian);
    }

    @Test
    void aCommentCriterionCannotBreakATie() {
        String russian = assertRefused("contests.tieBreak.criterionNotScored", new Object[] {"K9"},
                () -> TieBreakChain.of(List.of(TieBreakStep.total(), TieBreakStep.criterion("K9"),
                        TieBreakStep.entryId()), CASES));
        assertTrue(russian.contains("«K9»"), russian);
    }

    @Test
    void theTotalComesFirst() {
        String russian = assertRefused("contests.tieBreak.totalFirst",
                () -> TieBreakChain.parse("CRITERION:K1, TOTAL, EARLIER_SUBMISSION", CASES));
        assertEquals("Первым шагом разрешения равенства должен быть общий балл, а указано: балл по критерию K1.",
                russian);
        assertRefused("contests.tieBreak.empty", () -> TieBreakChain.parse("  ", CASES));
    }

    @Test
    void aChainEndsWithAStepThatCannotTie() {
        assertRefused("contests.tieBreak.mustEndDecisive",
                () -> TieBreakChain.parse("TOTAL, CRITERION:K1, AGREEMENT", CASES));
        assertDoesNotThrow(() -> TieBreakChain.parse("TOTAL, CRITERION:K1, ENTRY_ID", CASES));
    }

    @Test
    void noStepAfterOneThatLeavesNoTie() {
        String russian = assertRefused("contests.tieBreak.stepAfterLast",
                () -> TieBreakChain.parse("TOTAL, EARLIER_SUBMISSION, CRITERION:K1", CASES));
        assertEquals("Шаг «балл по критерию K1» никогда не применится: после шага «более ранняя подача работы» "
                + "равенства уже не остаётся. Уберите его или поставьте раньше.", russian);
        assertRefused("contests.tieBreak.stepAfterLast",
                () -> TieBreakChain.parse("TOTAL, ENTRY_ID, EARLIER_SUBMISSION", CASES));
    }

    @Test
    void aStepTwiceAndAWordThatIsNoStepAreRefused() {
        assertRefused("contests.tieBreak.repeated",
                () -> TieBreakChain.parse("TOTAL, CRITERION:K1, CRITERION:K1, ENTRY_ID", CASES));
        assertDoesNotThrow(() -> TieBreakChain.parse("TOTAL, CRITERION:K1, CRITERION:K2, ENTRY_ID", CASES));
        assertRefused("contests.tieBreak.unknownStep", new Object[] {"SPEED"},
                () -> TieBreakChain.parse("TOTAL, SPEED, ENTRY_ID", CASES));
        assertRefused("contests.tieBreak.unknownStep", new Object[] {"CRITERION:"},
                () -> TieBreakChain.parse("TOTAL, CRITERION:, ENTRY_ID", CASES));
        assertRefused("contests.tieBreak.unknownStep", new Object[] {"TOTAL:K1"},
                () -> TieBreakChain.parse("TOTAL:K1, ENTRY_ID", CASES));
    }

    @Test
    void aChainWrittenForOneChecklistMayNotFitAnother() {
        TieBreakChain chain = TieBreakChain.parse("TOTAL, CRITERION:K3, EARLIER_SUBMISSION", CASES);
        Checklist other = new Checklist("Другой чек-лист", "CONTEST_CASE", 2,
                List.of(ChecklistSection.of("Кейс", Criterion.scale("K1", "Актуальность", 0, 5))),
                VerdictRules.DEFAULT, DivergenceRules.DEFAULT);
        assertRefused("contests.tieBreak.unknownCriterion", new Object[] {"K3", "Другой чек-лист"},
                () -> chain.requireFits(other));
        assertDoesNotThrow(() -> chain.requireFits(CASES));
    }

    @Test
    void theChainIsFixedOnceJudgingOpens() {
        Instant opens = Instant.parse("2026-11-01T00:00:00Z");
        assertDoesNotThrow(() -> TieBreakChain.requireChangeable(false));
        assertDoesNotThrow(() -> TieBreakChain.requireChangeable(opens, opens.minusSeconds(1)));
        assertDoesNotThrow(() -> TieBreakChain.requireChangeable(null, opens), "no judging date yet");
        String russian = assertRefused("contests.tieBreak.fixed", () -> TieBreakChain.requireChangeable(opens, opens));
        assertEquals("Порядок разрешения равенства баллов нельзя изменить: оценивание работ уже началось.", russian);
        assertRefused("contests.tieBreak.fixed", () -> TieBreakChain.requireChangeable(true));
    }

    @Test
    void onlyTheEntryIdNeverTies() {
        for (Kind kind : Kind.values()) {
            assertEquals(kind == Kind.ENTRY_ID, kind.isDecisive(), kind.name());
        }
    }
}
