package ru.portal500.monitoring.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * The reminders a school that has not reported at a monitoring date is owed on a day: in the last
 * {@value #DAYS_BEFORE} days of the open window, once after the date (its report is missed: only the coordinator's
 * exception opens it again), and — {@code escalateAfter} days after the date — one to its coordinator. Neither is sent
 * more than {@value #DAYS_AFTER} days late (an old campaign does not start writing to people).
 */
public enum ReportReminder {
    DUE_SOON, MISSED, ESCALATED;

    public static final int DAYS_BEFORE = 3;
    public static final int DAYS_AFTER = 30;

    public static Set<ReportReminder> owed(ReportingWindow window, LocalDate today, int escalateAfter) {
        LocalDate date = window.monitoringDate();
        switch (window.phase(today)) {
            case NOT_YET_OPEN -> {
                return EnumSet.noneOf(ReportReminder.class);
            }
            case OPEN -> {
                return today.plusDays(DAYS_BEFORE).isBefore(date) ? EnumSet.noneOf(ReportReminder.class)
                        : EnumSet.of(DUE_SOON);
            }
            default -> {
                long after = ChronoUnit.DAYS.between(date, today);
                Set<ReportReminder> owed = EnumSet.noneOf(ReportReminder.class);
                if (after <= DAYS_AFTER) {
                    owed.add(MISSED);
                }
                if (after >= escalateAfter && after <= escalateAfter + DAYS_AFTER) {
                    owed.add(ESCALATED);
                }
                return owed;
            }
        }
    }
}
