package ru.portal500.registry.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.registry.domain.AssessmentProcedure.EGE;
import static ru.portal500.registry.domain.AssessmentProcedure.OGE;
import static ru.portal500.registry.domain.AssessmentProcedure.VPR;

/** The seeds' rule (Абинский район): 2 procedures last year, or 1 in each of the two previous years. */
class IdentificationTest {

    private static final int CAMPAIGN = 2026; // the 2025/26 campaign looks at 2024/25 and 2023/24
    private static final IdentificationRule RULE = IdentificationRule.DEFAULT;

    private static AssessmentResult result(long school, int year, AssessmentProcedure procedure, double share) {
        return new AssessmentResult(school, year, procedure, "математика", share);
    }

    @Test
    void twoLowProceduresLastYearIdentifyASchool() {
        List<IdentificationFinding> findings = Identification.propose(RULE, CAMPAIGN, List.of(
                result(1, 2025, VPR, 31.0), result(1, 2025, OGE, 25.0), result(1, 2025, EGE, 10.0)));
        assertEquals(1, findings.size());
        IdentificationFinding finding = findings.get(0);
        assertEquals(IdentificationFinding.Branch.PROCEDURES_LAST_YEAR, finding.branch());
        assertEquals(List.of(
                new IdentificationFinding.LowResult(2025, VPR, "математика", 31.0, 25.0),
                new IdentificationFinding.LowResult(2025, OGE, "математика", 25.0, 25.0)),
                finding.lowResults(), "exactly the results behind it, the threshold included");
    }

    @Test
    void oneLowProcedureInEachOfTheTwoYearsIdentifiesASchool() {
        List<IdentificationFinding> findings = Identification.propose(RULE, CAMPAIGN, List.of(
                result(7, 2025, VPR, 40.0), result(7, 2024, EGE, 30.0)));
        assertEquals(IdentificationFinding.Branch.EACH_OF_TWO_YEARS, findings.get(0).branch());
    }

    @Test
    void oneLowProcedureInOneYearIsNotEnough() {
        assertTrue(Identification.propose(RULE, CAMPAIGN, List.of(
                result(2, 2025, VPR, 40.0), result(2, 2025, VPR, 45.0), result(2, 2025, OGE, 24.9))).isEmpty(),
                "two subjects of one procedure are one procedure; 24.9 % is below the threshold");
        assertTrue(Identification.propose(RULE, CAMPAIGN, List.of(
                result(3, 2024, VPR, 40.0), result(3, 2024, OGE, 40.0))).isEmpty(),
                "two procedures two years ago, nothing last year");
        assertTrue(Identification.propose(RULE, CAMPAIGN, List.of(
                result(4, 2026, VPR, 90.0), result(4, 2026, OGE, 90.0), result(4, 2023, EGE, 90.0))).isEmpty(),
                "the campaign's own year and three years ago do not count");
    }

    @Test
    void theRegionSetsThresholdsAndCounts() {
        IdentificationRule strict = new IdentificationRule(15.0, Map.of(EGE, 5.0), 3, 2);
        List<AssessmentResult> results = List.of(
                result(5, 2025, VPR, 16.0), result(5, 2025, OGE, 16.0), result(5, 2025, EGE, 6.0),
                result(6, 2025, VPR, 16.0), result(6, 2025, OGE, 16.0));
        List<IdentificationFinding> findings = Identification.propose(strict, CAMPAIGN, results);
        assertEquals(1, findings.size(), "school 6 has two procedures, the rule asks three");
        assertEquals(5, findings.get(0).schoolId());
        assertEquals(5.0, findings.get(0).lowResults().stream().filter(r -> r.procedure() == EGE)
                .findFirst().orElseThrow().threshold(), "the per-procedure threshold is reported");
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> result(1, 2025, VPR, 101));
        assertThrows(IllegalArgumentException.class, () -> result(1, 2025, VPR, Double.NaN));
    }

    @Test
    void aRuleAPersonSetsIsRefusedWithTheReason() {
        for (double threshold : new double[] {0, -1, 100.5}) {
            assertEquals("identification.rule.error.threshold", assertThrows(RegistryRuleException.class,
                    () -> new IdentificationRule(threshold, Map.of(), 2, 1)).messageKey());
        }
        assertEquals("identification.rule.error.threshold", assertThrows(RegistryRuleException.class,
                () -> new IdentificationRule(25, Map.of(EGE, 0.0), 2, 1)).messageKey(), "a per-procedure share too");
        assertEquals("identification.rule.error.count", assertThrows(RegistryRuleException.class,
                () -> new IdentificationRule(25, Map.of(), 0, 1)).messageKey());
        assertEquals("identification.rule.error.count", assertThrows(RegistryRuleException.class,
                () -> new IdentificationRule(25, Map.of(), 2, IdentificationRule.MAX_PROCEDURES + 1)).messageKey());
        assertEquals(100.0, new IdentificationRule(100, Map.of(EGE, 100.0), 6, 6).thresholdFor(EGE), "the bounds are allowed");
    }

    @Test
    void proceduresAreKnownByTheirRussianNames() {
        assertEquals(VPR, AssessmentProcedure.named(" впр ").orElseThrow());
        assertEquals(EGE, AssessmentProcedure.named("EGE").orElseThrow());
        assertTrue(AssessmentProcedure.named("ЕГЭ-2").isEmpty());
    }
}
