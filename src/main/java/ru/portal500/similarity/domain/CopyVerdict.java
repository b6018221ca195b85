package ru.portal500.similarity.domain;

/** What was decided about a near-copy: the reuse is legitimate (a template, a quotation, the school's own earlier work), or the text goes back to its author. */
public enum CopyVerdict {
    ACCEPTED_REUSE, RETURNED
}
