package ru.portal500.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportingWindowTest {

    @Test
    void aWindowOpensBeforeItsDateAndLocksAfterIt() {
        ReportingWindow may31 = new ReportingWindow(LocalDate.of(2026, 5, 31), 14);
        assertEquals(LocalDate.of(2026, 5, 17), may31.opensOn());
        assertEquals(ReportingWindow.Phase.NOT_YET_OPEN, may31.phase(LocalDate.of(2026, 5, 16)));
        assertEquals(ReportingWindow.Phase.OPEN, may31.phase(LocalDate.of(2026, 5, 17)));
        assertEquals(ReportingWindow.Phase.OPEN, may31.phase(LocalDate.of(2026, 5, 31)));
        assertEquals(ReportingWindow.Phase.LOCKED, may31.phase(LocalDate.of(2026, 6, 1)));

        MonitoringRuleException early = assertThrows(MonitoringRuleException.class,
                () -> may31.requireOpen(LocalDate.of(2026, 5, 1), Optional.empty()));
        assertEquals("monitoring.error.notYetOpen", early.messageKey());
        MonitoringRuleException late = assertThrows(MonitoringRuleException.class,
                () -> may31.requireOpen(LocalDate.of(2026, 6, 1), Optional.empty()));
        assertEquals("monitoring.error.locked", late.messageKey());
        assertEquals("31.05.2026", late.arguments()[0]);

        ReportingWindow.Exception granted = new ReportingWindow.Exception(LocalDate.of(2026, 6, 5),
                " Директор на больничном ");
        assertEquals("Директор на больничном", granted.reason());
        assertDoesNotThrow(() -> may31.requireOpen(LocalDate.of(2026, 6, 5), Optional.of(granted)));
        assertThrows(MonitoringRuleException.class, () -> may31.requireOpen(LocalDate.of(2026, 6, 6),
                Optional.of(granted)), "an exception lasts to its day");
        assertThrows(MonitoringRuleException.class, () -> new ReportingWindow.Exception(LocalDate.of(2026, 6, 5), " "));
        assertThrows(MonitoringRuleException.class, () -> new ReportingWindow(LocalDate.of(2026, 5, 31), -1));
        assertFalse(may31.phase(LocalDate.of(2026, 5, 31)) == ReportingWindow.Phase.LOCKED);
    }
}
