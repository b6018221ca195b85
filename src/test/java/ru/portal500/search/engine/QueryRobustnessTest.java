package ru.portal500.search.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user query is words: whatever is typed gives a sane result or an empty one with a reason, never an exception. */
class QueryRobustnessTest {

    private static final Set<String> ALL = Set.of("public");
    private static SearchIndex index;

    @BeforeAll
    static void indexPractices() throws IOException {
        index = SearchIndex.inMemory();
        for (int i = 1; i <= 60; i++) {
            index.upsert(Items.practice(i, "Практика " + i + ": программа развития школы и мотивация учеников",
                    "Школа разрабатывает программу повышения мотивации. Проект «Школа-" + i + "» и приоритет " + i
                            + ". Прозрачность, процедуры, профилактика, проверочные работы, пропуски уроков."));
        }
        index.commit();
    }

    @Test
    void suggestionsThatScoreAlikeComeShortestFirstWhateverOrderTheyWereIndexedIn() throws IOException {
        try (SearchIndex apiary = SearchIndex.inMemory()) {
            for (int i : new int[] {12, 3, 9, 1, 7, 11, 2, 8, 5, 10, 4, 6}) {
                apiary.upsert(Items.practice(i, "Школьная пасека № " + i + ": родители и дети на пасеке", "Пасека."));
                apiary.commit();
            }
            List<String> titles = apiary.suggest("Школьная пас", ALL, 8).stream().map(Suggestion::title).toList();
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8).stream()
                    .map(i -> "Школьная пасека № " + i + ": родители и дети на пасеке").toList(), titles);
        }
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResult search(String query) {
        return index.search(SearchRequest.builder(query, ALL).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"программа развития", "программа \"развития", "«программа развития", "программа»"})
    void anUnbalancedQuoteIsIgnored(String query) {
        SearchResult result = search(query);
        assertTrue(result.totalHits() > 0);
        assertTrue(result.notices().contains(QueryNotice.UNBALANCED_QUOTE), result.notices().toString());
    }

    @Test
    void aQuotedPhraseMustMatchAsAPhrase() {
        assertEquals(60, search("\"программа развития\"").totalHits());
        assertEquals(0, search("\"развития программа\"").totalHits());
        assertEquals(60, search("«программу повышения мотивации»").totalHits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "**", "*?*", "а*", "пр*"})
    void aWildcardAloneOrTooShortIsIgnored(String query) {
        SearchResult result = search(query);
        assertTrue(result.notices().contains(QueryNotice.WILDCARD_TOO_SHORT), result.notices().toString());
    }

    @Test
    void aPrefixOfThreeLettersExpandsToABoundedNumberOfWords() {
        SearchResult result = search("про*");
        assertTrue(result.totalHits() > 0);
        assertTrue(result.notices().isEmpty(), result.notices().toString());
        assertTrue(search("мотивац*").totalHits() > 0);
        // words whose stem is shorter than the typed prefix still match: школы* → школ…
        assertEquals(60, search("школы*").totalHits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND", "OR", "NOT", "&&", "||", "программа AND развития", "+программа -развития",
            "title:программа", "(программа OR развития)", "программа^10", "программа~2", "{*}", "\\"})
    void luceneSyntaxIsIgnored(String query) {
        SearchResult result = search(query);
        assertTrue(result.notices().contains(QueryNotice.OPERATORS_IGNORED)
                || result.notices().contains(QueryNotice.NO_SEARCHABLE_WORDS)
                || result.notices().contains(QueryNotice.WILDCARD_TOO_SHORT), query + ": " + result.notices());
    }

    @Test
    void operatorsDoNotChangeWhatIsFound() {
        assertEquals(search("программа развития").totalHits(), search("программа AND развития").totalHits());
        assertEquals(60, search("title:программа").totalHits());
    }

    @Test
    void aVeryLongQueryIsCut() {
        String query = "программа развития ".repeat(600);
        assertTrue(query.length() > 10_000);
        SearchResult result = search(query);
        assertTrue(result.notices().contains(QueryNotice.TRUNCATED));
        assertTrue(result.query().length() <= SearchRequest.MAX_QUERY_CHARS);
        assertEquals(60, result.totalHits());
        SearchResult oneWord = search("ы".repeat(10_000));
        assertTrue(oneWord.notices().contains(QueryNotice.TRUNCATED));
        assertEquals(0, oneWord.totalHits());
        SearchResult manyWords = search("школа ".repeat(50));
        assertTrue(manyWords.notices().contains(QueryNotice.TRUNCATED));
        assertEquals(60, manyWords.totalHits());
    }

    @Test
    void anEmptyQueryBrowsesNewestFirst() {
        SearchResult result = search("   ");
        assertEquals(60, result.totalHits());
        assertTrue(result.notices().contains(QueryNotice.EMPTY_QUERY));
        assertEquals("practice:60", result.hits().get(0).id());
        assertEquals(60, search(null).totalHits());
        assertEquals(60, search("\u0000\u0007").totalHits()); // control characters are no query
    }

    @ParameterizedTest
    @ValueSource(strings = {"и в на с", "...", "?", "— – -", "!!!", "\"\"", "«»"})
    void aQueryWithoutSearchableWordsFindsNothingAndSaysWhy(String query) {
        SearchResult result = search(query);
        assertEquals(0, result.totalHits());
        assertTrue(result.notices().contains(QueryNotice.NO_SEARCHABLE_WORDS)
                || result.notices().contains(QueryNotice.STOP_WORDS_ONLY)
                || result.notices().contains(QueryNotice.EMPTY_QUERY), query + ": " + result.notices());
    }

    @ParameterizedTest
    @ValueSource(strings = {"😀 школа", "школа\uD83D", "<script>alert(1)</script> программа", "ｐｒｏｇｒａｍ", "12345678901234567890", "ШКОЛА-ШКОЛА-ШКОЛА-школа-школа-школа-школа-школа-школа-школа"})
    void oddCharactersGiveASaneResult(String query) {
        SearchResult result = search(query);
        assertTrue(result.totalHits() >= 0);
    }

    @Test
    void snippetsAreEscapedHtml() throws IOException {
        index.upsert(Items.practice(999, "<b>Жирная</b> практика", "Текст со <script>alert('x')</script> вставкой и мотивацией."));
        index.commit();
        SearchHit hit = search("вставкой").hits().get(0);
        assertFalse(hit.snippet().contains("<script>"), hit.snippet());
        assertTrue(hit.snippet().contains("&lt;script&gt;") && hit.snippet().contains("<mark>вставкой</mark>"), hit.snippet());
        assertTrue(hit.titleHighlighted().startsWith("&lt;b&gt;"), hit.titleHighlighted());
        index.delete("practice:999");
        index.commit();
    }

    @Test
    void pagingBeyondTheWindowGivesTheLastReachablePage() {
        SearchResult result = index.search(SearchRequest.builder("программа", ALL).page(20_000, 10).build());
        assertTrue(result.notices().contains(QueryNotice.PAGE_TOO_DEEP));
        assertEquals(SearchRequest.MAX_WINDOW - 10, result.offset());
        assertTrue(result.hits().isEmpty());
        assertEquals(60, result.totalHits());
        SearchResult last = index.search(SearchRequest.builder("программа", ALL).page(55, 10).build());
        assertEquals(5, last.hits().size());
    }

    @Test
    void aPageLargerThanAllowedIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder("школа", ALL).page(0, 101).build());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder("школа", ALL).page(-1, 10).build());
    }

    @Test
    void suggestionsAndSimilarToleranceOfBadInput() {
        assertTrue(index.suggest("", ALL, 10).isEmpty());
        assertTrue(index.suggest("п", ALL, 10).isEmpty());
        assertTrue(index.suggest("*", ALL, 10).isEmpty());
        assertFalse(index.suggest("пр", ALL, 10).isEmpty());
        assertTrue(index.suggest("ы".repeat(10_000), ALL, 10).isEmpty());
        assertEquals(5, index.suggest("практика ", ALL, 5).size());
        assertTrue(index.similar("practice:nope", ALL, 10).isEmpty());
        assertTrue(index.similar(null, ALL, 10).isEmpty());
    }
}
