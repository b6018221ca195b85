package ru.portal500.monitoring.web;

import org.junit.jupiter.api.Test;
import ru.portal500.monitoring.domain.MonitoringRuleException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A page's date parameter is read as people and links write it; anything else is refused in words. */
class MonitoringPagesTest {

    @Test
    void aDayIsReadInBothWaysItIsWritten() {
        assertEquals(LocalDate.parse("2026-11-24"), MonitoringPages.day("2026-11-24"));
        assertEquals(LocalDate.parse("2026-11-24"), MonitoringPages.day(" 24.11.2026 "));
        assertNull(MonitoringPages.day(" "));
        assertEquals("monitoring.error.dateInvalid", assertThrows(MonitoringRuleException.class,
                () -> MonitoringPages.day("31.02.2026")).messageKey());
        assertEquals("monitoring.error.dateInvalid", assertThrows(MonitoringRuleException.class,
                () -> MonitoringPages.day("вчера")).messageKey());
    }
}
