package ru.portal500.search.engine;

/** How search hits are ordered. */
public enum SortOrder {
    /** Best match first (BM25 over title and text); a query without words falls back to {@link #DATE}. */
    RELEVANCE,
    /** Newest first (items without a date last), ties by relevance. */
    DATE
}
