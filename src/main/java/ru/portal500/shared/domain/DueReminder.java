package ru.portal500.shared.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * The reminders something owed by a due date (a roadmap measure, a document) is owed on a day, while it is still owed:
 * {@value #DAYS_BEFORE} days before the date, once after it, and — where the owner answers to a coordinator — one to
 * the coordinator {@code escalateAfter} days late. Nothing more than {@value #DAYS_AFTER} days late (a portal started
 * on old data does not write about everything ever missed). Each is sent once per thing and due date by its caller.
 */
public enum DueReminder {
    DUE_SOON, OVERDUE, ESCALATED;

    public static final int DAYS_BEFORE = 3;
    public static final int DAYS_AFTER = 30;

    public static Set<DueReminder> owed(LocalDate due, LocalDate today, int escalateAfter, boolean escalates) {
        if (!today.isAfter(due)) {
            return today.plusDays(DAYS_BEFORE).isBefore(due) ? EnumSet.noneOf(DueReminder.class)
                    : EnumSet.of(DUE_SOON);
        }
        long late = ChronoUnit.DAYS.between(due, today);
        Set<DueReminder> owed = EnumSet.noneOf(DueReminder.class);
        if (late <= DAYS_AFTER) {
            owed.add(OVERDUE);
        }
        if (escalates && late >= escalateAfter && late <= escalateAfter + DAYS_AFTER) {
            owed.add(ESCALATED);
        }
        return owed;
    }

    /** The first due date that may be owed a reminder today. */
    public static LocalDate earliestDue(LocalDate today, int escalateAfter) {
        return today.minusDays(Math.max(DAYS_AFTER, escalateAfter + DAYS_AFTER));
    }
}
