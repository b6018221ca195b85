package ru.portal500.expertise.checklist;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.portal500.expertise.checklist.SampleChecklists.number;

class VerdictRulesTest {

    private static final BigDecimal MAXIMUM = number("30");

    private static Verdict verdict(VerdictRules rules, String weighted, boolean requiredFailed) {
        return rules.verdict(number(weighted), MAXIMUM, requiredFailed);
    }

    @Test
    void theShareOfTheMaximumDecidesAtTheThresholdsInclusive() {
        VerdictRules rules = VerdictRules.DEFAULT;
        assertEquals(Verdict.CONFORMS, verdict(rules, "30", false));
        assertEquals(Verdict.CONFORMS, verdict(rules, "24", false), "exactly 80 %");
        assertEquals(Verdict.CONFORMS_WITH_REMARKS, verdict(rules, "23.99", false));
        assertEquals(Verdict.CONFORMS_WITH_REMARKS, verdict(rules, "18", false), "exactly 60 %");
        assertEquals(Verdict.DOES_NOT_CONFORM, verdict(rules, "17.99", false));
        assertEquals(Verdict.DOES_NOT_CONFORM, verdict(rules, "0", false));
    }

    @Test
    void aThirdIsComparedExactly() {
        VerdictRules twoThirds = new VerdictRules(new Threshold(Threshold.Unit.PERCENT, number("66.67")), null,
                RequiredCriterionRule.NO_EFFECT);
        assertEquals(Verdict.DOES_NOT_CONFORM, twoThirds.verdict(number("2"), number("3"), false));
        assertEquals(Verdict.CONFORMS, twoThirds.verdict(number("2.0001"), number("3"), false));
    }

    @Test
    void withoutARemarksThresholdThereIsNoMiddleBand() {
        VerdictRules rules = new VerdictRules(Threshold.percent(80), null, RequiredCriterionRule.CAP_AT_REMARKS);
        assertEquals(Verdict.CONFORMS, verdict(rules, "24", false));
        assertEquals(Verdict.DOES_NOT_CONFORM, verdict(rules, "23.99", false));
    }

    @Test
    void thresholdsInPointsAreTakenAsWeightedPoints() {
        VerdictRules jury = new VerdictRules(Threshold.points(25), Threshold.points(15), RequiredCriterionRule.NO_EFFECT);
        assertEquals(Verdict.CONFORMS, verdict(jury, "25", false));
        assertEquals(Verdict.CONFORMS_WITH_REMARKS, verdict(jury, "15", false));
        assertEquals(Verdict.DOES_NOT_CONFORM, verdict(jury, "14", false));
    }

    @Test
    void aFailedRequiredCriterionCapsAtRemarksByDefault() {
        VerdictRules rules = VerdictRules.DEFAULT;
        assertEquals(RequiredCriterionRule.CAP_AT_REMARKS, rules.onRequiredFailure());
        assertEquals(Verdict.CONFORMS_WITH_REMARKS, verdict(rules, "30", true));
        assertEquals(Verdict.CONFORMS_WITH_REMARKS, verdict(rules, "20", true));
        assertEquals(Verdict.DOES_NOT_CONFORM, verdict(rules, "10", true), "the cap never improves a verdict");
    }

    @Test
    void aFailedRequiredCriterionMayMeanDoesNotConformOrNothing() {
        VerdictRules strict = new VerdictRules(Threshold.percent(80), Threshold.percent(60),
                RequiredCriterionRule.DOES_NOT_CONFORM);
        assertEquals(Verdict.DOES_NOT_CONFORM, verdict(strict, "30", true));
        assertEquals(Verdict.CONFORMS, verdict(strict, "30", false));
        VerdictRules lenient = new VerdictRules(Threshold.percent(80), Threshold.percent(60),
                RequiredCriterionRule.NO_EFFECT);
        assertEquals(Verdict.CONFORMS, verdict(lenient, "30", true));
    }

    @Test
    void theWorseOfTwoVerdicts() {
        assertEquals(Verdict.CONFORMS_WITH_REMARKS, Verdict.CONFORMS.worseOf(Verdict.CONFORMS_WITH_REMARKS));
        assertEquals(Verdict.DOES_NOT_CONFORM, Verdict.DOES_NOT_CONFORM.worseOf(Verdict.CONFORMS_WITH_REMARKS));
    }
}
