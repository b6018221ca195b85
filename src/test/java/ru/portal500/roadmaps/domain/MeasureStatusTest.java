package ru.portal500.roadmaps.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A measure's status from its dates and completion; a monitoring date's window and its lock. */
class MeasureStatusTest {

    private static final Term APRIL = new Term(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));

    @Test
    void theStatusFollowsTheDaysAndTheCompletion() {
        assertEquals(MeasureStatus.PLANNED, MeasureStatus.of(APRIL, null, false, LocalDate.of(2026, 3, 31)));
        assertEquals(MeasureStatus.IN_PROGRESS, MeasureStatus.of(APRIL, null, false, LocalDate.of(2026, 4, 1)));
        assertEquals(MeasureStatus.IN_PROGRESS, MeasureStatus.of(APRIL, null, false, LocalDate.of(2026, 4, 30)),
                "the due date is the last day");
        assertEquals(MeasureStatus.OVERDUE, MeasureStatus.of(APRIL, null, false, LocalDate.of(2026, 5, 1)));
        assertEquals(MeasureStatus.DONE, MeasureStatus.of(APRIL, LocalDate.of(2026, 4, 30), false,
                LocalDate.of(2026, 6, 1)));
        assertEquals(MeasureStatus.DONE_LATE, MeasureStatus.of(APRIL, LocalDate.of(2026, 5, 1), false,
                LocalDate.of(2026, 5, 2)));
        assertEquals(MeasureStatus.CANCELLED, MeasureStatus.of(APRIL, LocalDate.of(2026, 4, 2), true,
                LocalDate.of(2026, 5, 2)), "a cancelled measure stays cancelled");
        assertEquals(MeasureStatus.IN_PROGRESS, MeasureStatus.of(Term.due(LocalDate.of(2026, 4, 30)), null, false,
                LocalDate.of(2025, 9, 1)), "«до 30 апреля»: under way from the start");
        assertTrue(MeasureStatus.DONE_LATE.isClosed() && !MeasureStatus.OVERDUE.isClosed());
        assertTrue(MeasureStatus.DONE.isOnTime() && !MeasureStatus.DONE_LATE.isOnTime());
    }

    @Test
    void aWindowOpensBeforeItsDateAndLocksAfterIt() {
        ReportingWindow may31 = new ReportingWindow(LocalDate.of(2026, 5, 31), 14);
        assertEquals(LocalDate.of(2026, 5, 17), may31.opensOn());
        assertEquals(ReportingWindow.Phase.NOT_YET_OPEN, may31.phase(LocalDate.of(2026, 5, 16)));
        assertEquals(ReportingWindow.Phase.OPEN, may31.phase(LocalDate.of(2026, 5, 17)));
        assertEquals(ReportingWindow.Phase.OPEN, may31.phase(LocalDate.of(2026, 5, 31)));
        assertEquals(ReportingWindow.Phase.LOCKED, may31.phase(LocalDate.of(2026, 6, 1)));

        RoadmapRuleException early = assertThrows(RoadmapRuleException.class,
                () -> may31.requireOpen(LocalDate.of(2026, 5, 1), Optional.empty()));
        assertEquals("monitoring.error.notYetOpen", early.messageKey());
        RoadmapRuleException late = assertThrows(RoadmapRuleException.class,
                () -> may31.requireOpen(LocalDate.of(2026, 6, 1), Optional.empty()));
        assertEquals("monitoring.error.locked", late.messageKey());
        assertEquals("31.05.2026", late.arguments()[0]);

        ReportingWindow.Exception granted = new ReportingWindow.Exception(LocalDate.of(2026, 6, 5),
                " Директор на больничном ");
        assertEquals("Директор на больничном", granted.reason());
        assertDoesNotThrow(() -> may31.requireOpen(LocalDate.of(2026, 6, 5), Optional.of(granted)));
        assertThrows(RoadmapRuleException.class, () -> may31.requireOpen(LocalDate.of(2026, 6, 6),
                Optional.of(granted)), "an exception lasts to its day");
        assertThrows(RoadmapRuleException.class, () -> new ReportingWindow.Exception(LocalDate.of(2026, 6, 5), " "));
        assertThrows(RoadmapRuleException.class, () -> new ReportingWindow(LocalDate.of(2026, 5, 31), -1));
        assertFalse(may31.phase(LocalDate.of(2026, 5, 31)) == ReportingWindow.Phase.LOCKED);
    }
}
