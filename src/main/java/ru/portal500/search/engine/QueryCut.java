package ru.portal500.search.engine;

/**
 * How a query too long to search whole was cut ({@link QueryNotice#TRUNCATED}): what limit it passed, how long it was,
 * how much of it was searched and where the searched part ends, so that a page can say precisely «учтены первые 32
 * слова, до «…программа развития школы»».
 *
 * @param limit  the limit the query passed ({@link SearchRequest#MAX_QUERY_CHARS} characters or
 *               {@link SearchRequest#MAX_QUERY_WORDS} words); when it passed both, the one that decided the cut
 * @param typed  how many characters or words (as the limit counts) the query had
 * @param kept   how many of them were searched
 * @param end    the last words searched (at most {@value #END_WORDS}, with «…» before them when more were searched,
 *               a word longer than {@value #END_WORD_CHARS} letters by its beginning and «…»)
 */
public record QueryCut(Limit limit, int typed, int kept, String end) {

    static final int END_WORDS = 4;
    /** A longer word is quoted by its beginning. */
    static final int END_WORD_CHARS = 30;

    /** What a query is too long in. */
    public enum Limit {
        CHARACTERS, WORDS
    }

    /** The cut of a query to {@code kept} (its beginning) from one of {@code typed} characters or words. */
    static QueryCut of(Limit limit, int typed, int kept, String keptText) {
        String[] words = keptText.strip().split("\\s+");
        int from = Math.max(0, words.length - END_WORDS);
        String end = String.join(" ", java.util.Arrays.stream(words, from, words.length)
                .map(w -> w.length() > END_WORD_CHARS ? w.substring(0, END_WORD_CHARS) + "…" : w).toList());
        return new QueryCut(limit, typed, kept, from > 0 ? "…" + end : end);
    }
}
