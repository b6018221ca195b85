package ru.portal500.contests.domain;

/** The stages of a contest, in the order their dates must follow. */
public enum ContestStage {
    /** The day the call is announced. */
    CALL_PUBLISHED,
    /** The first day entries are taken. */
    ENTRIES_OPEN,
    /** The last day entries are taken (until midnight in the region's time zone). */
    ENTRIES_CLOSE,
    /** The last day of the organiser's eligibility check. */
    ELIGIBILITY_CHECK,
    /** The last day of the jury's judging. */
    JUDGING,
    /** The day the results are published. */
    RESULTS
}
