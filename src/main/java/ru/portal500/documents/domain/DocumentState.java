package ru.portal500.documents.domain;

/** Where a document is in the curator's check. */
public enum DocumentState {
    /** Being written: the school uploads versions. */
    DRAFT,
    /** Submitted to the curator, waiting for the check. */
    SUBMITTED,
    /** Returned for revision (на доработку) with comments. */
    RETURNED,
    /** Approved (согласован). */
    APPROVED
}
