package ru.portal500.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which reminders a school that has not reported at a date is owed on a day. */
class ReportReminderTest {

    private static final ReportingWindow MAY31 = new ReportingWindow(LocalDate.parse("2026-05-31"), 14);

    private static Set<ReportReminder> owed(String day) {
        return ReportReminder.owed(MAY31, LocalDate.parse(day), 7);
    }

    @Test
    void inTheLastDaysOfTheWindowOnceAfterAndToTheCoordinatorAfterTheRegionsDays() {
        assertEquals(Set.of(), owed("2026-05-10"), "the window has not opened");
        assertEquals(Set.of(), owed("2026-05-20"), "open, but not near its end");
        assertEquals(Set.of(ReportReminder.DUE_SOON), owed("2026-05-28"));
        assertEquals(Set.of(ReportReminder.DUE_SOON), owed("2026-05-31"), "on the date itself");
        assertEquals(Set.of(ReportReminder.MISSED), owed("2026-06-01"));
        assertEquals(Set.of(ReportReminder.MISSED, ReportReminder.ESCALATED), owed("2026-06-07"));
        assertEquals(Set.of(ReportReminder.ESCALATED), owed("2026-07-05"), "a month late: only escalated");
        assertEquals(Set.of(), owed("2026-07-15"), "an old date writes to nobody");
    }
}
