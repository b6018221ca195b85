package ru.portal500.contests.domain;

/**
 * Where a contest stands: a draft only its organisers see; then its call is public, entries are taken, checked,
 * judged, and the results are published. Only a draft's call can be published here; the later steps come with
 * entries and judging.
 */
public enum ContestState {
    DRAFT, CALL_PUBLISHED, ENTRIES_OPEN, ENTRIES_CLOSED, ELIGIBILITY_CHECK, JUDGING, RESULTS_PUBLISHED;

    /** Whether everyone may read the contest's public page. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
