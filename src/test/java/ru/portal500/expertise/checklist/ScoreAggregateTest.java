package ru.portal500.expertise.checklist;

import org.junit.jupiter.api.Test;
import ru.portal500.expertise.checklist.ScoreProblem.Kind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.expertise.checklist.SampleChecklists.number;
import static ru.portal500.expertise.checklist.SampleChecklists.sample;

class ScoreAggregateTest {

    /** A submitted sheet of the sample: marks for A1, A2 (yes/no), B1 (option), B2; null leaves B2 empty. */
    private static ScoreSheet sheet(Checklist checklist, String expert, int a1, boolean a2, String b1, Integer b2) {
        ScoreSheet sheet = new ScoreSheet(checklist, expert);
        sheet.answer("A1", Answer.of(Mark.points(a1), "Комментарий эксперта " + expert));
        sheet.answer("A2", Answer.of(a2 ? Mark.yes() : Mark.no()));
        sheet.answer("B1", Answer.of(Mark.option(b1)));
        if (b2 != null) {
            sheet.answer("B2", Answer.of(Mark.points(b2)));
        }
        assertEquals(List.of(), sheet.submit());
        return sheet;
    }

    private static ScoreSheet sheet(String expert, int a1, boolean a2, String b1, Integer b2) {
        return sheet(sample(), expert, a1, a2, b1, b2);
    }

    @Test
    void perCriterionMeanRangeAndStandardDeviation() {
        ScoreAggregate aggregate = ScoreAggregate.of(List.of(sheet("e1", 2, true, "FULL", 3),
                sheet("e2", 1, true, "FULL", 3), sheet("e3", 0, true, "FULL", 3)));
        CriterionSpread a1 = aggregate.criteria().get(0);
        assertEquals(3, a1.marks().count());
        assertEquals(number("1"), a1.marks().mean());
        assertEquals(number("0"), a1.marks().lowest());
        assertEquals(number("2"), a1.marks().highest());
        assertEquals(number("2"), a1.marks().range());
        assertEquals(0.816496580927726, a1.marks().standardDeviation().doubleValue(), 1e-12, "√(2/3)");
        assertEquals(3, a1.scores().size());
        assertEquals("Комментарий эксперта e2", a1.scores().get(1).answer().comment());
        CriterionSpread a2 = aggregate.criteria().get(1);
        assertEquals(number("0"), a2.marks().range());
        assertEquals(number("0"), a2.marks().standardDeviation());
    }

    @Test
    void totalsSpreadInPointsAndPercentagePoints() {
        // e1: 4 + 1 + 2 + 3 = 10 (100 %); e2: 2 + 1 + 2 + 3 = 8 (80 %)
        ScoreAggregate aggregate = ScoreAggregate.of(List.of(sheet("e1", 2, true, "FULL", 3),
                sheet("e2", 1, true, "FULL", 3)));
        TotalSpread total = aggregate.total();
        assertEquals(number("9"), total.weighted().mean());
        assertEquals(number("2"), total.weighted().range());
        assertEquals(number("1"), total.weighted().standardDeviation());
        assertEquals(number("90"), total.percent().mean());
        assertEquals(number("20"), total.percent().range());
        assertEquals(number("10"), total.maximum());
        assertFalse(total.divergent(), "20 percentage points is the limit, not beyond it");
        assertEquals(Verdict.CONFORMS, aggregate.verdict());
    }

    @Test
    void totalsMoreThanTheLimitApartAreADivergence() {
        // e1: 10 (100 %); e2: 2 + 1 + 1 + 3 = 7 (70 %)
        ScoreAggregate aggregate = ScoreAggregate.of(List.of(sheet("e1", 2, true, "FULL", 3),
                sheet("e2", 1, true, "PARTIAL", 3)));
        assertEquals(number("30"), aggregate.total().percent().range());
        assertTrue(aggregate.total().divergent());
        assertTrue(aggregate.isDivergent());
        assertEquals(List.of(), aggregate.divergentCriteria(), "no criterion diverges on its own");
    }

    @Test
    void theTotalLimitIsTheChecklists() {
        Checklist tolerant = SampleChecklists.withDivergence(new DivergenceRules(number("35"), number("100")));
        ScoreAggregate aggregate = ScoreAggregate.of(List.of(sheet(tolerant, "e1", 2, true, "FULL", 3),
                sheet(tolerant, "e2", 1, true, "PARTIAL", 3)));
        assertFalse(aggregate.isDivergent());
    }

    @Test
    void aCriterionDivergesBeyondHalfItsRangeByDefault() {
        // A1 is 0–2: 0 and 2 differ by 2 > 1; B2 is 0–3: 1 and 2 differ by 1 ≤ 1.5
        ScoreAggregate aggregate = ScoreAggregate.of(List.of(sheet("e1", 2, true, "FULL", 2),
                sheet("e2", 0, true, "FULL", 1)));
        assertEquals(List.of("A1"), aggregate.divergentCriteria().stream().map(c -> c.criterion().code()).toList());
        assertEquals(number("1"), aggregate.criteria().get(0).limit());
        assertEquals(number("1.5"), aggregate.criteria().get(3).limit());
        assertTrue(aggregate.isDivergent());
    }

    @Test
    void anyDisagreementOnAYesNoCriterionDiverges() {
        ScoreAggregate aggregate = ScoreAggregate.of(List.of(sheet("e1", 2, true, "FULL", 3),
                sheet("e2", 2, false, "FULL", 3)));
        assertEquals(List.of("A2"), aggregate.divergentCriteria().stream().map(c -> c.criterion().code()).toList());
    }

    @Test
    void aCriterionsOwnLimitOverridesTheDefault() {
        Criterion strict = Criterion.scale("S", "Строгий", 0, 10).withMaxSpread(number("0"));
        Checklist checklist = SampleChecklists.withCriteria(List.of(ChecklistSection.of("Раздел", strict)));
        ScoreSheet e1 = new ScoreSheet(checklist, "e1");
        e1.answer("S", Answer.of(Mark.points(5)));
        e1.submit();
        ScoreSheet e2 = new ScoreSheet(checklist, "e2");
        e2.answer("S", Answer.of(Mark.points(6)));
        e2.submit();
        ScoreAggregate aggregate = ScoreAggregate.of(List.of(e1, e2));
        assertTrue(aggregate.criteria().get(0).divergent(), "1 point of 10 is beyond a limit of 0");
        assertFalse(aggregate.total().divergent(), "10 percentage points");
    }

    @Test
    void anEmptyOptionalCriterionIsLeftOutOfItsMean() {
        ScoreAggregate aggregate = ScoreAggregate.of(List.of(sheet("e1", 2, true, "FULL", 3),
                sheet("e2", 2, true, "FULL", null)));
        CriterionSpread b2 = aggregate.criteria().get(3);
        assertEquals(1, b2.marks().count());
        assertEquals(number("3"), b2.marks().mean());
        assertFalse(b2.divergent());
        assertEquals(number("8.5"), aggregate.total().weighted().mean(), "but the sheet's total counts it as zero");
    }

    @Test
    void theVerdictIsTheMeans() {
        // e1: 10, e2: 0 + 1 + 0 + 0 = 1 → mean 5.5 of 10: below 60 %
        ScoreAggregate aggregate = ScoreAggregate.of(List.of(sheet("e1", 2, true, "FULL", 3),
                sheet("e2", 0, true, "NONE", 0)));
        assertEquals(Verdict.DOES_NOT_CONFORM, aggregate.verdict());
        // e1: 10, e2: 2 + 1 + 2 + 0 = 5 → 7.5: with remarks
        assertEquals(Verdict.CONFORMS_WITH_REMARKS, ScoreAggregate.of(List.of(sheet("e1", 2, true, "FULL", 3),
                sheet("e2", 1, true, "FULL", 0))).verdict());
    }

    @Test
    void aRequiredCriterionFailsOnTheMeanOnlyWhenEveryExpertFailedIt() {
        // both 9 of 10; A2 "no" from one expert only: the mean is not the lowest mark
        ScoreAggregate split = ScoreAggregate.of(List.of(sheet("e1", 2, false, "FULL", 3),
                sheet("e2", 2, true, "FULL", 2)));
        assertFalse(split.criteria().get(1).failed());
        assertEquals(Verdict.CONFORMS, split.verdict());
        ScoreAggregate both = ScoreAggregate.of(List.of(sheet("e1", 2, false, "FULL", 3),
                sheet("e2", 2, false, "FULL", 3)));
        assertTrue(both.criteria().get(1).failed());
        assertEquals(Verdict.CONFORMS_WITH_REMARKS, both.verdict());
    }

    @Test
    void oneSheetIsAnAggregateWithoutSpread() {
        ScoreAggregate single = ScoreAggregate.of(List.of(sheet("e1", 1, true, "PARTIAL", 1)));
        assertEquals(number("0"), single.total().percent().range());
        assertFalse(single.isDivergent());
    }

    @Test
    void draftsOtherChecklistsAndSecondSheetsAreRefusedAllAtOnce() {
        ScoreSheet draft = new ScoreSheet(sample(), "e2");
        Checklist other = new Checklist(sample().title(), sample().appliesTo(), 2, sample().sections(),
                sample().verdictRules(), sample().divergenceRules());
        ScoringException thrown = assertThrows(ScoringException.class, () -> ScoreAggregate.of(List.of(
                sheet("e1", 2, true, "FULL", 3), draft, sheet(other, "e3", 2, true, "FULL", 3),
                sheet("e1", 1, true, "FULL", 3))));
        assertEquals(List.of(Kind.SHEET_NOT_SUBMITTED, Kind.OTHER_CHECKLIST, Kind.DUPLICATE_ASSESSOR),
                thrown.problems().stream().map(ScoreProblem::kind).toList());
        assertEquals(List.of("e2"), thrown.problems().get(0).values());
        assertEquals(List.of("e3"), thrown.problems().get(1).values());
        assertEquals(Kind.NO_SHEETS, assertThrows(ScoringException.class, () -> ScoreAggregate.of(List.of()))
                .problems().get(0).kind());
    }

    @Test
    void spreadOfNothingIsZero() {
        Spread none = Spread.of(List.of());
        assertEquals(0, none.count());
        assertEquals(number("0"), none.mean());
    }
}
