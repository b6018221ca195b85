package ru.portal500.contests.judging;

import org.junit.jupiter.api.Test;
import ru.portal500.contests.judging.NominationQuota.NominationClosure;
import ru.portal500.shared.i18n.Texts;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.contests.judging.JudgingSamples.assertRefused;

class NominationQuotaTest {

    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void belowFiveEntriesANominationIsAtRisk() {
        NominationQuota quota = NominationQuota.DEFAULT;
        assertEquals(5, quota.minimumEntries());
        assertTrue(quota.isAtRisk(4));
        assertFalse(quota.isAtRisk(5));
        assertEquals(1, quota.missing(4));
        assertEquals(0, quota.missing(7));
        assertEquals("Номинация под угрозой: работ 3, нужно не меньше 5.",
                Texts.get(Texts.RUSSIAN, "contests.quota.atRisk", 3, 5));
        assertTrue(new NominationQuota(2).isAtRisk(1));
        assertFalse(new NominationQuota(2).isAtRisk(2));
        assertRefused("contests.quota.minimumTooSmall", () -> new NominationQuota(0));
    }

    @Test
    void anAtRiskNominationIsMergedOrCancelledWithAReason() {
        NominationClosure merged = NominationQuota.DEFAULT.merge(3, 2, 4,
                "  Две работы по смежной теме переходят в номинацию «Управленческие практики» ", "organiser", NOW);
        assertEquals(new NominationClosure(3, NominationClosure.Kind.MERGED, 4L,
                "Две работы по смежной теме переходят в номинацию «Управленческие практики»", "organiser", NOW),
                merged);
        NominationClosure cancelled = NominationQuota.DEFAULT.cancel(3, 0, "Нет ни одной работы", "organiser", NOW);
        assertEquals(NominationClosure.Kind.CANCELLED, cancelled.kind());
        assertEquals(null, cancelled.mergedInto());
    }

    @Test
    void noClosureWithoutAReasonNorOfANominationWithEnoughEntriesNorIntoItself() {
        assertRefused("contests.quota.reasonRequired",
                () -> NominationQuota.DEFAULT.cancel(3, 2, "", "organiser", NOW));
        assertRefused("contests.quota.reasonRequired",
                () -> NominationQuota.DEFAULT.merge(3, 2, 4, null, "organiser", NOW));
        String russian = assertRefused("contests.quota.notAtRisk", new Object[] {5, 5},
                () -> NominationQuota.DEFAULT.merge(3, 5, 4, "Причина", "organiser", NOW));
        assertEquals("Номинацию нельзя объединить или отменить: в ней 5 работ при минимуме 5.", russian);
        assertRefused("contests.quota.mergeIntoItself",
                () -> NominationQuota.DEFAULT.merge(3, 2, 3, "Причина", "organiser", NOW));
    }
}
