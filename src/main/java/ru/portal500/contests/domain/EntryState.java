package ru.portal500.contests.domain;

/**
 * Where an entry stands: the entrant's draft (theirs alone); submitted and waiting for the organiser's eligibility
 * check; returned for completion (на доработку, with a reason and a deadline); admitted to judging; refused with a
 * reason; or withdrawn by its entrant.
 */
public enum EntryState {
    DRAFT, SUBMITTED, RETURNED, ADMITTED, REFUSED, WITHDRAWN;

    /** Whether the organisers see the entry: everything but a draft (a draft is the entrant's own work). */
    public boolean isSeenByOrganisers() {
        return this != DRAFT;
    }

    /** Whether the entrant may still change the entry's form, authors and files (the deadline aside). */
    public boolean isOpenToChange() {
        return this == DRAFT || this == SUBMITTED || this == RETURNED;
    }
}
