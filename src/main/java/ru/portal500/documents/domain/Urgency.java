package ru.portal500.documents.domain;

import java.time.LocalDate;

/** How a due document stands against its date, as lists show it. */
public enum Urgency {
    /** Approved: nothing more to do. */
    DONE,
    /** With the curator: the school waits. */
    WAITING,
    /** Not yet due, or no date. */
    ON_TIME,
    /** Due within {@link #SOON_DAYS} days. */
    DUE_SOON,
    /** Past its date and not submitted or approved. */
    OVERDUE;

    public static final int SOON_DAYS = 14;

    /** For a document in a state (null: not uploaded yet) due on a date (null: none), on a day. */
    public static Urgency of(DocumentState state, LocalDate due, LocalDate today) {
        if (state == DocumentState.APPROVED) {
            return DONE;
        }
        if (state == DocumentState.SUBMITTED) {
            return WAITING;
        }
        if (due == null) {
            return ON_TIME;
        }
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        return today.plusDays(SOON_DAYS).isBefore(due) ? ON_TIME : DUE_SOON;
    }
}
