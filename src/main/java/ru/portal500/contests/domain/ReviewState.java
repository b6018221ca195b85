package ru.portal500.contests.domain;

/**
 * Where a juror's review of an entry stands: assigned (nothing saved yet), a draft, submitted (locked), or closed by
 * a conflict of interest the juror declared (kept on record; the organiser assigns someone else).
 */
public enum ReviewState {
    ASSIGNED, DRAFT, SUBMITTED, DECLARED;

    /** Whether the juror may still work on it. */
    public boolean isOpen() {
        return this == ASSIGNED || this == DRAFT;
    }

    /** Whether it counts toward the entry's reviews (a declared conflict does not). */
    public boolean counts() {
        return this != DECLARED;
    }
}
