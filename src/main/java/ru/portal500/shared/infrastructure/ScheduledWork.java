package ru.portal500.shared.infrastructure;

/**
 * Work the portal does by itself at intervals — the reminders and the daily digest — as an application-scoped bean of
 * its context; the platform's schedule runs every such bean from start-up ({@code PORTAL_REMINDERS=false} switches
 * them all off on a node). {@link #run} must not throw: a scheduled task that throws is never run again.
 */
public interface ScheduledWork {

    /** Seconds from start-up to the first run. */
    long firstAfterSeconds();

    /** Seconds between the end of a run and the start of the next. */
    long everySeconds();

    void run();
}
