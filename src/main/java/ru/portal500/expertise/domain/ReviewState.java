package ru.portal500.expertise.domain;

/** Where one assigned review stands. */
public enum ReviewState {
    ASSIGNED,
    /** Scores saved, not submitted. */
    DRAFT,
    /** Submitted: locked, its conclusion written. */
    SUBMITTED,
    /** The reviewer declined with a reason (a replacement is assigned). */
    DECLINED,
    /** The reviewer declared a conflict of interest before opening the document. */
    CONFLICT,
    /** Taken back, untouched, when the portal gave its reviewer another document in a replacement. */
    WITHDRAWN;

    public boolean isOpen() {
        return this == ASSIGNED || this == DRAFT;
    }

    /** Counts towards the reviews a document receives. */
    public boolean isActive() {
        return this != DECLINED && this != CONFLICT && this != WITHDRAWN;
    }
}
