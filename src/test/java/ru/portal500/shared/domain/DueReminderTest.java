package ru.portal500.shared.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When something due by a date is reminded: before it, once after it, escalated after the region's days, not forever. */
class DueReminderTest {

    private static final LocalDate DUE = LocalDate.parse("2027-04-30");

    private static EnumSet<DueReminder> on(String day, boolean escalates) {
        EnumSet<DueReminder> owed = EnumSet.noneOf(DueReminder.class);
        owed.addAll(DueReminder.owed(DUE, LocalDate.parse(day), 7, escalates));
        return owed;
    }

    @Test
    void threeDaysBeforeTheDateAndOnItItIsDueSoon() {
        assertEquals(EnumSet.noneOf(DueReminder.class), on("2027-04-26", true), "four days before: nothing yet");
        assertEquals(EnumSet.of(DueReminder.DUE_SOON), on("2027-04-27", true));
        assertEquals(EnumSet.of(DueReminder.DUE_SOON), on("2027-04-30", true), "on the day it is not late");
    }

    @Test
    void afterTheDateItIsOverdueAndAfterTheRegionsDaysItGoesToTheCoordinator() {
        assertEquals(EnumSet.of(DueReminder.OVERDUE), on("2027-05-01", true));
        assertEquals(EnumSet.of(DueReminder.OVERDUE), on("2027-05-06", true), "six days late");
        assertEquals(EnumSet.of(DueReminder.OVERDUE, DueReminder.ESCALATED), on("2027-05-07", true), "seven days late");
        assertEquals(EnumSet.of(DueReminder.OVERDUE), on("2027-05-07", false), "an owner nobody oversees");
    }

    @Test
    void nothingIsSentAboutWhatWasMissedLongAgo() {
        assertEquals(EnumSet.of(DueReminder.ESCALATED), on("2027-06-05", true), "36 days late: the coordinator still");
        assertEquals(EnumSet.noneOf(DueReminder.class), on("2027-06-07", true), "38 days late: nothing");
        assertEquals(LocalDate.parse("2027-04-30"), DueReminder.earliestDue(LocalDate.parse("2027-06-06"), 7));
    }
}
