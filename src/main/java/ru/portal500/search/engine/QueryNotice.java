package ru.portal500.search.engine;

/**
 * What the engine did with a query that was not plain words, for the page to say (one message key each).
 * A user query is words, never Lucene syntax: nothing here is an error, every case gives a sane result.
 */
public enum QueryNotice {
    /** No words: every allowed item matches, newest first (browsing by facets). */
    EMPTY_QUERY,
    /** Longer than {@link SearchRequest#MAX_QUERY_CHARS} characters or {@link SearchRequest#MAX_QUERY_WORDS} words: the rest was ignored. */
    TRUNCATED,
    /** Only punctuation or operators: nothing to search for, the result is empty. */
    NO_SEARCHABLE_WORDS,
    /** Words, but none left to search for once the stop words (что, как, и, в…) are left out: the result is empty. */
    STOP_WORDS_ONLY,
    /** An abbreviation of the query finds nothing: neither the abbreviation lists nor the items know it ({@link SearchResult#unknownAbbreviations()}). */
    UNKNOWN_ABBREVIATION,
    /** A {@code *} after fewer than {@link SearchRequest#MIN_PREFIX_CHARS} letters (or alone) was ignored. */
    WILDCARD_TOO_SHORT,
    /** A quotation mark without its pair was ignored (the words were searched as words). */
    UNBALANCED_QUOTE,
    /** Lucene operators ({@code AND}, {@code OR}, {@code NOT}, {@code +word}, {@code -word}, {@code ^}, {@code ~}, fields) were written: they are not supported and were ignored: they were ignored. */
    OPERATORS_IGNORED,
    /** The page asked lies beyond {@link SearchRequest#MAX_WINDOW} hits: the last reachable page was returned. */
    PAGE_TOO_DEEP,
    /** The caller has no access key: nothing can be found. */
    NO_ACCESS
}
