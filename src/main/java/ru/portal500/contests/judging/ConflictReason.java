package ru.portal500.contests.judging;

/**
 * Why a juror may not judge an entry, computed from the portal's structure ({@link EntryConflicts}). Each has its
 * Russian text under {@code contests.conflict.<NAME>}. The organiser may override a conflict with a reason
 * ({@link ConflictOverride}), except the two a person cannot be talked out of: being an author of the entry, and a
 * conflict the juror declared themselves.
 */
public enum ConflictReason {
    /** The juror is one of the entry's authors (or co-authored it). */
    AUTHOR(false),
    /** The entry comes from the juror's own school (their person record's home organisation). */
    OWN_SCHOOL(true),
    /** The entry's school is in a pair with the juror's school (its curator school, or the school it curates). */
    PAIRED_SCHOOL(true),
    /** The juror curates, mentors or tutors the entry's school. */
    HELPED_SCHOOL(true),
    /** The juror co-authored work (another entry, a practice) with one of the entry's authors. */
    CO_AUTHOR(true),
    /** The juror declared a conflict with this entry. */
    DECLARED(false);

    private final boolean overridable;

    ConflictReason(boolean overridable) {
        this.overridable = overridable;
    }

    /** Whether the organiser may let the juror judge the entry nonetheless, with a reason. */
    public boolean overridable() {
        return overridable;
    }

    public String messageKey() {
        return "contests.conflict." + name();
    }
}
