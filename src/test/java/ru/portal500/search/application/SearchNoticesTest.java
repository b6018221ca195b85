package ru.portal500.search.application;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.portal500.search.engine.IndexedItem;
import ru.portal500.search.engine.ItemKind;
import ru.portal500.search.engine.QueryCut;
import ru.portal500.search.engine.QueryNotice;
import ru.portal500.search.engine.SearchIndex;
import ru.portal500.search.engine.SearchRequest;
import ru.portal500.search.engine.SearchResult;
import ru.portal500.shared.i18n.Texts;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notices say precisely what was done: how much of a long query was searched and where that part ends. */
class SearchNoticesTest {

    private static final Set<String> PUBLIC = Set.of("public");
    private static SearchIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = SearchIndex.inMemory();
        index.upsert(IndexedItem.builder("practice:1", ItemKind.PRACTICE).title("Программа развития школы")
                .text("Наставничество и мотивация учеников.").accessKeys(PUBLIC).build());
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResult search(String query) {
        return index.search(SearchRequest.builder(query, PUBLIC).build());
    }

    @Test
    void aQueryOfTooManyCharactersSaysHowMuchWasSearchedAndFindsWithIt() {
        String query = "наставничество ".repeat(140).strip();
        SearchResult result = search(query);
        assertEquals(1, result.totalHits(), "the part kept is searched");
        QueryCut cut = result.cut().orElseThrow();
        assertEquals(QueryCut.Limit.CHARACTERS, cut.limit());
        assertEquals(2099, cut.typed());
        assertEquals(List.of("Запрос слишком длинный (2099 знаков): учтены только первые 299 знаков — до слов "
                        + "«…наставничество наставничество наставничество наставничество»; остальное не искалось."),
                SearchNotices.of(Texts.RUSSIAN, result));
        SearchResult oneWord = search("ы".repeat(2000));
        assertEquals("ыыыыыыыыыыыыыыыыыыыыыыыыыыыыыы…", oneWord.cut().orElseThrow().end(), "a long word by its beginning");
    }

    @Test
    void aQueryOfTooManyWordsSaysHowManyWereSearched() {
        String query = "наставничество " + "школа ".repeat(40) + "программа";
        SearchResult result = search(query);
        assertTrue(result.totalHits() > 0);
        assertEquals(List.of("Запрос слишком длинный (42 слова): учтены только первые 32 слова — до слов "
                        + "«…школа школа школа школа»; остальные слова не искались."),
                SearchNotices.of(Texts.RUSSIAN, result));
    }

    @Test
    void aQueryOfStopWordsAndAnUnknownAbbreviationAreNamed() {
        assertEquals(List.of("Запрос состоит только из служебных слов — добавьте слово о том, что ищете."),
                SearchNotices.of(Texts.RUSSIAN, search("что как где")));
        assertEquals(List.of("Сокращение «ЦДНИТТ» поиску неизвестно — напишите его полностью, словами."),
                SearchNotices.of(Texts.RUSSIAN, search("ЦДНИТТ")));
        assertEquals(Set.of(QueryNotice.UNKNOWN_ABBREVIATION), search("ЦДНИТТ").notices());
    }
}
