package ru.portal500.roadmaps.domain;

import ru.portal500.shared.domain.DueReminder;

import java.time.LocalDate;
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

    public static final int DAYS_BEFORE = DueReminder.DAYS_BEFORE;
    public static final int DAYS_AFTER = DueReminder.DAYS_AFTER;

    public static Set<MeasureReminder> owed(Measure measure, LocalDate today, int escalateAfter) {
        MeasureStatus status = measure.status(today);
        Set<MeasureReminder> owed = EnumSet.noneOf(MeasureReminder.class);
        if (status.isClosed() || measure.getCompletion() == Completion.REPORTED) {
            return owed;
        }
        DueReminder.owed(measure.getDueOn(), today, escalateAfter,
                measure.getRoadmap().getLevel() == RoadmapLevel.SCHOOL).forEach(r -> owed.add(valueOf(r.name())));
        return owed;
    }

    /** The first due date a measure may have to be owed a reminder today. */
    public static LocalDate earliestDue(LocalDate today, int escalateAfter) {
        return DueReminder.earliestDue(today, escalateAfter);
    }

    /** The key under which this reminder of the measure is sent once: its id, due date and kind. */
    public String key(Measure measure) {
        return "measure:" + measure.getId() + ":" + measure.getDueOn() + ":" + name();
    }
}
