package ru.portal500.search.engine;

/** What an item of the index is. */
public enum ItemKind {
    /** A conceptual document of a school (its extracted text). */
    DOCUMENT,
    /** A practice-bank entry (public). */
    PRACTICE,
    /** A contest's methodological case. */
    CASE
}
