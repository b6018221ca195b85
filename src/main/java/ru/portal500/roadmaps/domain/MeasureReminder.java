package ru.portal500.roadmaps.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * The reminders an open measure is owed on a day: {@value #DAYS_BEFORE} days before its due date, once after it, and
 * — for a school's measure overdue {@code escalateAfter} days or more — one to the school's coordinator. Each is sent
 * once per due date (a measure moved to a later date is owed them again); a measure done, reported done (its checker
 * has it), or cancelled is owed none; nor is a reminder more than {@value #DAYS_AFTER} days late (a portal started
 * on old roadmaps does not write about every measure ever missed).
 */
public enum MeasureReminder {
    DUE_SOON, OVERDUE, ESCALATED;

    public static final int DAYS_BEFORE = 3;
    public static final int DAYS_AFTER = 30;

    public static Set<MeasureReminder> owed(Measure measure, LocalDate today, int escalateAfter) {
        MeasureStatus status = measure.status(today);
        if (status.isClosed() || measure.getCompletion() == Completion.REPORTED) {
            return EnumSet.noneOf(MeasureReminder.class);
        }
        if (status != MeasureStatus.OVERDUE) {
            return today.plusDays(DAYS_BEFORE).isBefore(measure.getDueOn()) ? EnumSet.noneOf(MeasureReminder.class)
                    : EnumSet.of(DUE_SOON);
        }
        long late = ChronoUnit.DAYS.between(measure.getDueOn(), today);
        Set<MeasureReminder> owed = EnumSet.noneOf(MeasureReminder.class);
        if (late <= DAYS_AFTER) {
            owed.add(OVERDUE);
        }
        if (late >= escalateAfter && late <= escalateAfter + DAYS_AFTER
                && measure.getRoadmap().getLevel() == RoadmapLevel.SCHOOL) {
            owed.add(ESCALATED);
        }
        return owed;
    }

    /** The first due date a measure may have to be owed a reminder today. */
    public static LocalDate earliestDue(LocalDate today, int escalateAfter) {
        return today.minusDays(Math.max(DAYS_AFTER, escalateAfter + DAYS_AFTER));
    }

    /** The key under which this reminder of the measure is sent once: its id, due date and kind. */
    public String key(Measure measure) {
        return "measure:" + measure.getId() + ":" + measure.getDueOn() + ":" + name();
    }
}
