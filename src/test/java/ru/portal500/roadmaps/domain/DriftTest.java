package ru.portal500.roadmaps.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DriftTest {

    private static PlannedMeasure measure(long id, String title, String due, boolean cancelled) {
        return new PlannedMeasure(id, (int) id, title, null, LocalDate.parse(due), cancelled);
    }

    @Test
    void movedDroppedCancelledAndAddedMeasuresAreToldApartByIdentity() {
        List<PlannedMeasure> baseline = List.of(measure(1, "Педсовет", "2026-04-30", false),
                measure(2, "Курсы", "2026-05-31", false), measure(3, "Семинар", "2026-06-30", false),
                measure(4, "Анкетирование", "2026-03-31", false));
        List<PlannedMeasure> now = List.of(measure(1, "Педсовет по итогам", "2026-04-30", false),
                measure(2, "Курсы", "2026-06-15", false), measure(4, "Анкетирование", "2026-03-31", true),
                measure(9, "Открытые уроки", "2026-05-20", false));
        Drift drift = Drift.between(baseline, now);
        assertEquals(List.of(Drift.Kind.MOVED, Drift.Kind.DROPPED, Drift.Kind.CANCELLED, Drift.Kind.ADDED),
                drift.shifts().stream().map(Drift.Shift::kind).toList(), "a reworded measure has not drifted");
        assertEquals(15, drift.shifts().get(0).dueDays());
        assertEquals("Семинар", drift.shifts().get(1).title());
        assertEquals(1, drift.count(Drift.Kind.ADDED));
    }

    @Test
    void anUnchangedPlanHasNoDrift() {
        List<PlannedMeasure> plan = List.of(measure(1, "Педсовет", "2026-04-30", false));
        assertTrue(Drift.between(plan, plan).isEmpty());
    }
}
