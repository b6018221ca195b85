package ru.portal500.roadmaps.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * The reminders an open measure is owed on a day: {@value #DAYS_BEFORE} days before its due date, once after it, and
 * — for a school's measure overdue {@code escalateAfter} days or more — one to the school's coordinator. Each is sent
 * once per due date (a measure moved to a later date is owed them again); a measure done, reported done (its checker
 * has it), or cancelled is owed none.
 */
public enum MeasureReminder {
    DUE_SOON, OVERDUE, ESCALATED;

    public static final int DAYS_BEFORE = 3;

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
        return late >= escalateAfter && measure.getRoadmap().getLevel() == RoadmapLevel.SCHOOL
                ? EnumSet.of(OVERDUE, ESCALATED) : EnumSet.of(OVERDUE);
    }

    /** The key under which this reminder of the measure is sent once: its id, due date and kind. */
    public String key(Measure measure) {
        return "measure:" + measure.getId() + ":" + measure.getDueOn() + ":" + name();
    }
}
