package ru.portal500.roadmaps.domain;

import java.time.LocalDate;

/**
 * Where a roadmap's measure stands, computed from its term, its completion and the day, never typed: planned (its
 * start is ahead), in progress, done (on or before its due date), done late, overdue (its due date passed undone) or
 * cancelled (with a reason, kept in the roadmap).
 */
public enum MeasureStatus {
    PLANNED, IN_PROGRESS, DONE, DONE_LATE, OVERDUE, CANCELLED;

    /**
     * The status on {@code today} of a measure with the term, done on {@code doneOn} (null: not done; the day the
     * completion was reported, whose evidence its checker confirmed), cancelled or not.
     */
    public static MeasureStatus of(Term term, LocalDate doneOn, boolean cancelled, LocalDate today) {
        if (cancelled) {
            return CANCELLED;
        }
        if (doneOn != null) {
            return doneOn.isAfter(term.due()) ? DONE_LATE : DONE;
        }
        if (today.isAfter(term.due())) {
            return OVERDUE;
        }
        return term.startDate().filter(today::isBefore).isPresent() ? PLANNED : IN_PROGRESS;
    }

    /** Whether nothing more is expected of the measure. */
    public boolean isClosed() {
        return this == DONE || this == DONE_LATE || this == CANCELLED;
    }

    /** Whether the measure counts as done on time for the indicator «мероприятия дорожной карты выполнены в срок». */
    public boolean isOnTime() {
        return this == DONE;
    }
}
