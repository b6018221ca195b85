package ru.portal500.roadmaps.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
