package ru.portal500.expertise.checklist;

import org.junit.jupiter.api.Test;
import ru.portal500.expertise.checklist.ChecklistProblem.Kind;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.expertise.checklist.SampleChecklists.number;
import static ru.portal500.expertise.checklist.SampleChecklists.sample;
import static ru.portal500.expertise.checklist.SampleChecklists.single;

class ChecklistValidationTest {

    private static List<Kind> kinds(Checklist checklist) {
        return checklist.problems().stream().map(ChecklistProblem::kind).toList();
    }

    private static ChecklistProblem onlyProblem(Checklist checklist) {
        List<ChecklistProblem> problems = checklist.problems();
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    @Test
    void theSampleIsValidAndItsMaximumIsTheSumOfWeightedMaxima() {
        assertEquals(List.of(), sample().problems());
        assertTrue(sample().isValid());
        assertEquals(number("10"), sample().maximumScore(), "2×2 + 1 + 2 + 3, the comment adds nothing");
        assertEquals(5, sample().criteria().size());
        assertEquals(4, sample().positionOf("B2"));
        assertEquals(0, sample().positionOf("Z9"));
    }

    @Test
    void aChecklistNeedsATitleWhatItAppliesToAndAPositiveVersion() {
        Checklist blank = new Checklist(" ", "", 0, sample().sections(), VerdictRules.DEFAULT,
                DivergenceRules.DEFAULT);
        assertEquals(List.of(Kind.BLANK_TITLE, Kind.BLANK_APPLIES_TO, Kind.VERSION_NOT_POSITIVE), kinds(blank));
        assertEquals(List.of(0), blank.problems().get(2).values());
    }

    @Test
    void aChecklistWithoutCriteriaOrWithOnlyCommentsCannotBeScored() {
        assertEquals(List.of(Kind.NO_CRITERIA), kinds(SampleChecklists.withCriteria(List.of())));
        Checklist comments = SampleChecklists.withCriteria(List.of(ChecklistSection.of("Отзыв",
                Criterion.comment("C1", "Общий отзыв"))));
        assertTrue(kinds(comments).contains(Kind.NO_SCORED_CRITERIA));
    }

    @Test
    void anEmptySectionIsNamedByItsNumber() {
        Checklist checklist = SampleChecklists.withCriteria(List.of(ChecklistSection.of("Меры",
                Criterion.yesNo("A", "Есть меры")), ChecklistSection.of("Пустой")));
        ChecklistProblem problem = onlyProblem(checklist);
        assertEquals(Kind.EMPTY_SECTION, problem.kind());
        assertEquals(List.of(2), problem.values());
    }

    @Test
    void aDuplicateCodeNamesTheSecondCriterionAndThePositionOfTheFirst() {
        Checklist checklist = SampleChecklists.withCriteria(List.of(ChecklistSection.of("Раздел",
                Criterion.yesNo("A1", "Первый"), Criterion.yesNo("A2", "Второй")),
                ChecklistSection.of("Ещё", Criterion.yesNo("A1", "Третий"))));
        ChecklistProblem problem = onlyProblem(checklist);
        assertEquals(Kind.DUPLICATE_CRITERION_CODE, problem.kind());
        assertEquals("A1", problem.criterionCode());
        assertEquals(3, problem.position());
        assertEquals(List.of("A1", 1), problem.values());
        assertEquals("ChecklistProblem.DUPLICATE_CRITERION_CODE", problem.messageKey());
    }

    @Test
    void aCriterionNeedsACodeAndAText() {
        ChecklistProblem code = onlyProblem(single(Criterion.yesNo(" ", "Текст")));
        assertEquals(Kind.BLANK_CRITERION_CODE, code.kind());
        assertEquals(null, code.criterionCode());
        assertEquals(2, code.position());
        assertEquals(Kind.BLANK_CRITERION_TEXT, onlyProblem(single(Criterion.yesNo("A", ""))).kind());
    }

    @Test
    void aScaleRunsUpwardsFromZeroOrMore() {
        ChecklistProblem inverted = onlyProblem(single(Criterion.scale("S", "Шкала", 5, 5)));
        assertEquals(Kind.SCALE_MIN_NOT_BELOW_MAX, inverted.kind());
        assertEquals(List.of(number("5"), number("5")), inverted.values());
        assertEquals(List.of(Kind.SCALE_MIN_NOT_BELOW_MAX), kinds(single(Criterion.scale("S", "Шкала", 3, 1))));
        assertEquals(List.of(Kind.NEGATIVE_SCALE_MIN), kinds(single(Criterion.scale("S", "Шкала", -1, 1))));
        Criterion noMax = new Criterion("S", "Шкала", "", CriterionType.SCALE, BigDecimal.ZERO, null, null,
                BigDecimal.ONE, false, true, null);
        assertEquals(List.of(Kind.SCALE_WITHOUT_RANGE), kinds(single(noMax)));
    }

    @Test
    void aRangeOrOptionsOnAnotherTypeAreProblems() {
        Criterion yesNoWithRange = new Criterion("Y", "Да/нет", "", CriterionType.YES_NO, BigDecimal.ZERO,
                BigDecimal.TEN, null, BigDecimal.ONE, false, true, null);
        ChecklistProblem range = onlyProblem(single(yesNoWithRange));
        assertEquals(Kind.RANGE_NOT_FOR_TYPE, range.kind());
        assertEquals(List.of(CriterionType.YES_NO), range.values());
        Criterion scaleWithOptions = new Criterion("S", "Шкала", "", CriterionType.SCALE, BigDecimal.ZERO,
                BigDecimal.TEN, List.of(ChoiceOption.of("A", "А", 1)), BigDecimal.ONE, false, true, null);
        assertEquals(List.of(Kind.OPTIONS_NOT_FOR_TYPE), kinds(single(scaleWithOptions)));
    }

    @Test
    void aChoiceNeedsAtLeastTwoWellFormedOptions() {
        assertEquals(List.of(Kind.CHOICE_WITHOUT_OPTIONS), kinds(single(Criterion.choice("C", "Выбор"))));
        assertEquals(List.of(Kind.CHOICE_WITH_ONE_OPTION),
                kinds(single(Criterion.choice("C", "Выбор", ChoiceOption.of("A", "А", 1)))));
        Checklist bad = single(Criterion.choice("C", "Выбор", ChoiceOption.of("A", "А", 1),
                ChoiceOption.of("A", "", -1), ChoiceOption.of("", "Без кода", 0)));
        List<ChecklistProblem> problems = bad.problems();
        assertEquals(List.of(Kind.DUPLICATE_OPTION_CODE, Kind.BLANK_OPTION_TEXT, Kind.NEGATIVE_OPTION_POINTS,
                Kind.BLANK_OPTION_CODE), problems.stream().map(ChecklistProblem::kind).toList());
        assertEquals(List.of("A", number("-1")), problems.get(2).values());
        assertEquals(List.of(3), problems.get(3).values(), "the option's 1-based position");
        assertTrue(problems.stream().allMatch(p -> "C".equals(p.criterionCode()) && p.position() == 2));
    }

    @Test
    void aScoredCriterionNeedsAPositiveWeightAndACommentsWeightDoesNotMatter() {
        ChecklistProblem zero = onlyProblem(single(Criterion.yesNo("Y", "Да/нет").withWeight(0)));
        assertEquals(Kind.NON_POSITIVE_WEIGHT, zero.kind());
        assertEquals(List.of(BigDecimal.ZERO), zero.values());
        assertEquals(List.of(Kind.NON_POSITIVE_WEIGHT), kinds(single(Criterion.yesNo("Y", "Да/нет").withWeight(-2))));
        assertEquals(List.of(), kinds(single(Criterion.comment("K", "Отзыв").withWeight(0))));
    }

    @Test
    void aCriterionsOwnDivergenceLimitIsNotNegative() {
        assertEquals(List.of(Kind.NEGATIVE_MAX_SPREAD),
                kinds(single(Criterion.yesNo("Y", "Да/нет").withMaxSpread(number("-1")))));
    }

    @Test
    void thePassThresholdMustBeReachableAndNotNegative() {
        ChecklistProblem points = onlyProblem(SampleChecklists.withRules(new VerdictRules(Threshold.points(11), null,
                RequiredCriterionRule.CAP_AT_REMARKS)));
        assertEquals(Kind.PASS_THRESHOLD_ABOVE_MAXIMUM, points.kind());
        assertEquals(List.of(number("11"), number("10")), points.values());
        ChecklistProblem percent = onlyProblem(SampleChecklists.withRules(new VerdictRules(Threshold.percent(120),
                null, RequiredCriterionRule.CAP_AT_REMARKS)));
        assertEquals(List.of(number("12"), number("10")), percent.values(), "120 % of 10 in points");
        assertEquals(List.of(Kind.PASS_THRESHOLD_NEGATIVE), kinds(SampleChecklists.withRules(new VerdictRules(
                Threshold.percent(-5), null, RequiredCriterionRule.CAP_AT_REMARKS))));
        assertEquals(List.of(), kinds(SampleChecklists.withRules(new VerdictRules(Threshold.points(10), null,
                RequiredCriterionRule.CAP_AT_REMARKS))), "the maximum itself is reachable");
    }

    @Test
    void theRemarksThresholdIsNotAboveThePassThresholdWhateverTheirUnits() {
        ChecklistProblem problem = onlyProblem(SampleChecklists.withRules(new VerdictRules(Threshold.percent(80),
                Threshold.points(9), RequiredCriterionRule.CAP_AT_REMARKS)));
        assertEquals(Kind.REMARKS_THRESHOLD_ABOVE_PASS, problem.kind());
        assertEquals(List.of(number("9"), number("8")), problem.values());
        assertEquals(List.of(Kind.REMARKS_THRESHOLD_NEGATIVE), kinds(SampleChecklists.withRules(new VerdictRules(
                Threshold.percent(80), Threshold.points(-1), RequiredCriterionRule.CAP_AT_REMARKS))));
        assertEquals(List.of(), kinds(SampleChecklists.withRules(new VerdictRules(Threshold.percent(80),
                Threshold.points(8), RequiredCriterionRule.CAP_AT_REMARKS))), "equal thresholds: no middle band");
    }

    @Test
    void divergenceLimitsArePercentages() {
        assertEquals(List.of(Kind.TOTAL_SPREAD_OUT_OF_RANGE, Kind.CRITERION_SPREAD_OUT_OF_RANGE),
                kinds(SampleChecklists.withDivergence(new DivergenceRules(number("101"), number("-1")))));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Checklist checklist = SampleChecklists.withCriteria(List.of(ChecklistSection.of("Раздел",
                Criterion.scale("A", "Шкала", 2, 1), Criterion.choice("A", "Выбор"),
                Criterion.yesNo("B", "").withWeight(0))));
        assertEquals(List.of(Kind.SCALE_MIN_NOT_BELOW_MAX, Kind.DUPLICATE_CRITERION_CODE, Kind.CHOICE_WITHOUT_OPTIONS,
                Kind.BLANK_CRITERION_TEXT, Kind.NON_POSITIVE_WEIGHT), kinds(checklist));
    }

    @Test
    void equalNumbersMakeEqualCriteria() {
        assertEquals(Criterion.yesNo("A", "Текст").withWeight(new BigDecimal("2.0")),
                Criterion.yesNo("A", "Текст").withWeight(2));
        assertEquals("10", new Threshold(Threshold.Unit.POINTS, new BigDecimal("1E+1")).value().toPlainString());
    }
}
