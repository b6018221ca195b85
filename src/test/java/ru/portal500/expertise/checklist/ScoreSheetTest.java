package ru.portal500.expertise.checklist;

import org.junit.jupiter.api.Test;
import ru.portal500.expertise.checklist.ScoreProblem.Kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.expertise.checklist.SampleChecklists.number;
import static ru.portal500.expertise.checklist.SampleChecklists.sample;

class ScoreSheetTest {

    private final ScoreSheet sheet = new ScoreSheet(sample(), "expert-1");

    /** A1 2 of 2 (×2), A2 yes, B1 partial, B2 2 of 3: 4 + 1 + 1 + 2 = 8 of 10. */
    private void answerAll() {
        sheet.answer("A1", Answer.of(Mark.points(2), "Цель связана с фактором риска"));
        sheet.answer("A2", Answer.of(Mark.yes()));
        sheet.answer("B1", Answer.of(Mark.option("PARTIAL"), "Сроки есть не везде"));
        sheet.answer("B2", Answer.of(Mark.points(2)));
        sheet.answer("C1", Answer.comment("Для координатора"));
    }

    private static ScoreProblem onlyProblem(Runnable action) {
        ScoringException thrown = assertThrows(ScoringException.class, action::run);
        assertEquals(1, thrown.problems().size(), thrown.problems()::toString);
        return thrown.problems().get(0);
    }

    @Test
    void totalsAreRawWeightedMaximumAndShare() {
        answerAll();
        ScoreTotals totals = sheet.totals();
        assertEquals(number("6"), totals.raw(), "2 + 1 + 1 + 2");
        assertEquals(number("8"), totals.rawMaximum(), "2 + 1 + 2 + 3");
        assertEquals(number("8"), totals.weighted());
        assertEquals(number("10"), totals.maximum());
        assertEquals(number("0.8"), totals.share());
        assertEquals(number("80"), totals.percent());
        assertEquals(Verdict.CONFORMS, sheet.verdict());
    }

    @Test
    void eachCriterionScoreShowsItsPointsAndWhetherItFailed() {
        answerAll();
        List<CriterionScore> scores = sheet.scores();
        assertEquals(List.of("A1", "A2", "B1", "B2", "C1"), scores.stream().map(s -> s.criterion().code()).toList());
        CriterionScore a1 = scores.get(0);
        assertEquals(number("2"), a1.points());
        assertEquals(number("4"), a1.weighted());
        assertEquals(number("4"), a1.maximum());
        assertFalse(a1.failed());
        assertEquals("Для части мер", scores.get(2).chosenOption().text());
        assertTrue(scores.get(4).isAnswered(), "a comment criterion is answered by its text");
        assertEquals(number("0"), scores.get(4).weighted());
    }

    @Test
    void unansweredCriteriaCountZeroAndADraftHasAVerdictAsItStands() {
        sheet.answer("A1", Answer.of(Mark.points(2)));
        sheet.answer("A2", Answer.of(Mark.yes()));
        assertEquals(number("5"), sheet.totals().weighted());
        assertEquals(Verdict.DOES_NOT_CONFORM, sheet.verdict());
    }

    @Test
    void anOutOfRangeScoreIsAPreciseProblemAndNothingIsRecorded() {
        ScoreProblem problem = onlyProblem(() -> sheet.answer("A1", Answer.of(Mark.points(3))));
        assertEquals(Kind.SCORE_OUT_OF_RANGE, problem.kind());
        assertEquals("A1", problem.criterionCode());
        assertEquals(1, problem.position());
        assertEquals(List.of(number("3"), number("0"), number("2")), problem.values());
        assertEquals("ScoreProblem.SCORE_OUT_OF_RANGE", problem.messageKey());
        assertTrue(sheet.answerTo("A1").isEmpty());
        assertEquals(List.of(ScoreProblem.ofCriterion(Kind.SCORE_OUT_OF_RANGE, "A1", 1, number("-1"), number("0"),
                number("2"))), sheet.problemsOf("A1", Answer.of(Mark.points(-1))), "asked without throwing");
    }

    @Test
    void theExceptionCarriesTheFirstProblemAsItsMessageKey() {
        ScoringException thrown = assertThrows(ScoringException.class,
                () -> sheet.answer("A1", Answer.of(Mark.points(5))));
        assertEquals("ScoreProblem.SCORE_OUT_OF_RANGE", thrown.messageKey());
        assertEquals(List.of(number("5"), number("0"), number("2")), List.of(thrown.arguments()));
    }

    @Test
    void aFractionalScoreWithinTheScaleIsAccepted() {
        sheet.answer("B2", Answer.of(Mark.points(number("2.5"))));
        assertEquals(number("2.5"), sheet.totals().weighted());
    }

    @Test
    void aMarkMustSuitTheCriterionsType() {
        ScoreProblem wrongType = onlyProblem(() -> sheet.answer("A2", Answer.of(Mark.points(1))));
        assertEquals(Kind.MARK_NOT_FOR_TYPE, wrongType.kind());
        assertEquals(List.of(CriterionType.SCALE, CriterionType.YES_NO), wrongType.values());
        ScoreProblem onComment = onlyProblem(() -> sheet.answer("C1", Answer.of(Mark.yes())));
        assertEquals(Kind.MARK_NOT_FOR_TYPE, onComment.kind());
        ScoreProblem option = onlyProblem(() -> sheet.answer("B1", Answer.of(Mark.option("MOST"))));
        assertEquals(Kind.UNKNOWN_OPTION, option.kind());
        assertEquals(List.of("MOST"), option.values());
        ScoreProblem unknown = onlyProblem(() -> sheet.answer("Z9", Answer.of(Mark.yes())));
        assertEquals(Kind.UNKNOWN_CRITERION, unknown.kind());
        assertEquals(List.of("Z9"), unknown.values());
    }

    @Test
    void aFormOfAnswersIsTakenWhollyOrNotAtAllWithEveryProblem() {
        Map<String, Answer> form = new LinkedHashMap<>();
        form.put("A1", Answer.of(Mark.points(1)));
        form.put("A2", Answer.of(Mark.option("YES")));
        form.put("B2", Answer.of(Mark.points(4)));
        ScoringException thrown = assertThrows(ScoringException.class, () -> sheet.answerAll(form));
        assertEquals(List.of(Kind.MARK_NOT_FOR_TYPE, Kind.SCORE_OUT_OF_RANGE),
                thrown.problems().stream().map(ScoreProblem::kind).toList());
        assertEquals(Map.of(), sheet.answers(), "not even the valid A1");
    }

    @Test
    void aCommentAloneIsNotAMarkButIsKept() {
        sheet.answer("B1", Answer.comment("Посмотрю ещё раз"));
        assertEquals("Посмотрю ещё раз", sheet.answerTo("B1").orElseThrow().comment());
        assertFalse(sheet.scores().get(2).isAnswered());
    }

    @Test
    void submittingNeedsEveryRequiredCriterionAndListsTheMissingOnes() {
        sheet.answer("A2", Answer.comment("без отметки"));
        List<ScoreProblem> missing = sheet.submit();
        assertEquals(List.of("A1", "A2"), missing.stream().map(ScoreProblem::criterionCode).toList());
        assertEquals(List.of(1, 2), missing.stream().map(ScoreProblem::position).toList());
        assertTrue(missing.stream().allMatch(p -> p.kind() == Kind.REQUIRED_CRITERION_UNANSWERED));
        assertEquals(SheetState.DRAFT, sheet.state());
        sheet.answer("A1", Answer.of(Mark.points(0)));
        sheet.answer("A2", Answer.of(Mark.no()));
        assertEquals(List.of(), sheet.submit(), "optional criteria may stay empty");
        assertEquals(SheetState.SUBMITTED, sheet.state());
    }

    @Test
    void aRequiredCommentCriterionNeedsText() {
        Checklist checklist = SampleChecklists.single(Criterion.comment("K", "Общий вывод").asRequired());
        ScoreSheet withComment = new ScoreSheet(checklist, "expert");
        assertEquals(List.of("K"), withComment.submit().stream().map(ScoreProblem::criterionCode).toList());
        withComment.answer("K", Answer.comment("Программа реалистична"));
        assertEquals(List.of(), withComment.submit());
    }

    @Test
    void aSubmittedSheetChangesOnlyAfterItIsReopened() {
        answerAll();
        sheet.writeRecommendations("Уточнить показатели");
        assertEquals(List.of(), sheet.submit());
        assertEquals(Kind.SHEET_SUBMITTED, onlyProblem(() -> sheet.answer("A1", Answer.of(Mark.points(1)))).kind());
        assertEquals(Kind.SHEET_SUBMITTED, onlyProblem(() -> sheet.writeRecommendations("")).kind());
        assertEquals(Kind.SHEET_SUBMITTED, onlyProblem(() -> sheet.clear("A1")).kind());
        assertEquals(Kind.SHEET_SUBMITTED, onlyProblem(sheet::submit).kind());
        sheet.reopen();
        sheet.answer("A1", Answer.of(Mark.points(1)));
        assertEquals(number("6"), sheet.totals().weighted());
    }

    @Test
    void aFailedRequiredCriterionCapsTheVerdict() {
        answerAll();
        sheet.answer("B2", Answer.of(Mark.points(3)));
        sheet.answer("B1", Answer.of(Mark.option("FULL")));
        sheet.answer("A2", Answer.of(Mark.no()));
        assertEquals(number("9"), sheet.totals().weighted(), "90 % of the maximum");
        assertTrue(sheet.scores().get(1).failed());
        assertEquals(Verdict.CONFORMS_WITH_REMARKS, sheet.verdict());
    }

    @Test
    void theLowestOptionOfAChoiceFails() {
        sheet.answer("B1", Answer.of(Mark.option("NONE")));
        assertTrue(sheet.scores().get(2).failed());
        sheet.answer("B1", Answer.of(Mark.option("PARTIAL")));
        assertFalse(sheet.scores().get(2).failed());
    }

    @Test
    void nobodyScoresWithABrokenChecklist() {
        Checklist broken = SampleChecklists.withCriteria(List.of());
        InvalidChecklistException thrown = assertThrows(InvalidChecklistException.class,
                () -> new ScoreSheet(broken, "expert"));
        assertEquals(ChecklistProblem.Kind.NO_CRITERIA, thrown.problems().get(0).kind());
    }

    @Test
    void aStoredSheetIsRestoredAndCheckedAgain() {
        answerAll();
        sheet.writeRecommendations("Уточнить показатели");
        sheet.submit();
        ScoreSheet restored = ScoreSheet.restore(sample(), "expert-1", sheet.answers(), sheet.recommendations(),
                sheet.state());
        assertEquals(sheet.answers(), restored.answers());
        assertEquals(sheet.totals(), restored.totals());
        assertEquals(SheetState.SUBMITTED, restored.state());
        ScoringException incomplete = assertThrows(ScoringException.class, () -> ScoreSheet.restore(sample(),
                "expert-1", Map.of(), "", SheetState.SUBMITTED));
        assertEquals(2, incomplete.problems().size());
    }

    @Test
    void answersAreListedInTheChecklistsOrder() {
        sheet.answer("B2", Answer.of(Mark.points(1)));
        sheet.answer("A1", Answer.of(Mark.points(1)));
        assertEquals(List.of("A1", "B2"), List.copyOf(sheet.answers().keySet()));
        sheet.clear("A1");
        assertEquals(List.of("B2"), List.copyOf(sheet.answers().keySet()));
    }
}
