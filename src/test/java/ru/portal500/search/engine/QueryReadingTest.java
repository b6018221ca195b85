package ru.portal500.search.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input gets a sensible answer or a clear notice, never a silent empty page: a query typed with the wrong keyboard
 * layout or in Latin letters is searched as it was meant (and says so), a query of stop words only or of an abbreviation
 * nobody knows says why it finds nothing.
 */
class QueryReadingTest {

    private static final Set<String> ALL = Set.of("public");
    private static final org.apache.lucene.analysis.Analyzer ANALYZER = Synonyms.builtIn().queryAnalyzer();
    private static SearchIndex index;

    @BeforeAll
    static void indexPractices() throws IOException {
        index = SearchIndex.inMemory();
        String[][] practices = {
                {"Кнопка тревоги на сайте школы", "Родители нажимают кнопку на сайте и сообщают о травле."},
                {"Наставничество молодых учителей", "Наставник посещает уроки; наставничество длится год."},
                {"Кружок программирования на Python", "Ученики пишут на Python игры; занятия в Moodle."},
                {"Подготовка к PISA", "Задания PISA по читательской грамотности на уроках."},
                {"Разбор всероссийских проверочных работ", "Учителя разбирают всероссийские проверочные работы."},
                {"Пробный основной государственный экзамен", "Школа проводит пробный экзамен весной."},
                {"Кураторы школ с низкими образовательными результатами", "Кураторы помогают школам."},
                {"Кнопочный телефон в классе", "Кнопочный телефон."},
        };
        for (int i = 0; i < practices.length; i++) {
            index.upsert(Items.practice(i + 1, practices[i][0], practices[i][1]));
        }
        index.upsert(Items.surgutDocument(100, "Секретная шкатулка", "Шкатулка с документами Сургута."));
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResult search(String query) {
        return index.search(SearchRequest.builder(query, ALL).build());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ryjgrf | кнопка | KEYBOARD_LAYOUT",
            "Yfcnfdybxtcndj | Наставничество | KEYBOARD_LAYOUT",
            "ryjgrf yf cfqnt | кнопка на сайте | KEYBOARD_LAYOUT",
            "ryjgrf наставничество | кнопка наставничество | KEYBOARD_LAYOUT",
            "кноgrf | кнопка | KEYBOARD_LAYOUT",
            "кнoпка тpевоги | кнопка тревоги | KEYBOARD_LAYOUT",
            "«ryjgrf nhtdjub» | «кнопка тревоги» | KEYBOARD_LAYOUT",
            "yfcnfdybr* ryjgr* | наставник* кнопк* | KEYBOARD_LAYOUT",
            "nastavnichestvo | наставничество | TRANSLITERATION",
            "shnor | шнор | TRANSLITERATION",
            "knopka trevogi | кнопка тревоги | TRANSLITERATION",
            "VPR | ВПР | TRANSLITERATION",
            "OGE | ОГЭ | TRANSLITERATION",
            "nastavnichestvo ryjgrf | наставничество кнопка | MIXED",
            "Ьщщвду | Moodle | KEYBOARD_LAYOUT"
    })
    void aQueryThatFindsNothingAsTypedIsSearchedAsItWasMeant(String typed, String meant, QueryReading.How how) {
        SearchResult result = search(typed);
        assertTrue(result.readAs().isPresent(), typed + ": " + result);
        assertEquals(new QueryReading(typed, meant, how), result.readAs().get());
        assertTrue(result.totalHits() > 0, typed);
        assertFalse(result.hits().isEmpty(), typed);
        assertEquals(meant, result.query(), "the result's query is what was searched");
    }

    @Test
    void theLinkSearchesAsTyped() {
        SearchResult asTyped = index.search(SearchRequest.builder("ryjgrf", ALL).asTyped(true).build());
        assertTrue(asTyped.readAs().isEmpty());
        assertEquals(0, asTyped.totalHits());
        assertEquals(new QueryReading("ryjgrf", "кнопка", QueryReading.How.KEYBOARD_LAYOUT), asTyped.offeredReading().orElse(null),
                "the way back to the engine's reading");
        assertTrue(search("ryjgrf").offeredReading().isEmpty(), "the reading searched is not offered again");
        assertTrue(index.search(SearchRequest.builder("наставничество", ALL).asTyped(true).build()).offeredReading().isEmpty(),
                "nothing to go back to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Python", "Moodle", "PISA", "python moodle", "кнопка", "кнопка Python"})
    void aLatinWordThatFindsThingsAsTypedStays(String typed) {
        SearchResult result = search(typed);
        assertTrue(result.readAs().isEmpty(), typed + " → " + result.readAs());
        assertTrue(result.totalHits() > 0);
    }

    @Test
    void aMixedQueryIsReadWhenItsLatinWordFindsNothing() {
        long typed = index.search(SearchRequest.builder("ryjgrf наставничество", ALL).asTyped(true).build()).totalHits();
        SearchResult read = search("ryjgrf наставничество");
        assertTrue(typed > 0, "the Cyrillic word finds as typed");
        assertTrue(read.totalHits() > typed, "the reading finds more: " + read.totalHits() + " > " + typed);
    }

    @Test
    void aCyrillicQueryThatFindsThingsIsNeverReadInTheLatinLayout() {
        assertTrue(search("наставничество").readAs().isEmpty());
        assertTrue(search("кнопочный").readAs().isEmpty());
    }

    @Test
    void nothingIsReadIntoAWordOnlyItemsTheCallerMayNotOpenContain() {
        // «irfnekrf» is «шкатулка» in the Russian layout: only a Сургут school's document has it
        SearchResult visitor = search("irfnekrf");
        assertTrue(visitor.readAs().isEmpty(), visitor.readAs().toString());
        assertEquals(0, visitor.totalHits());
        SearchResult surgut = index.search(SearchRequest.builder("irfnekrf", Set.of(Items.SURGUT_SCHOOL)).build());
        assertEquals("шкатулка", surgut.readAs().orElseThrow().searched());
        assertEquals(1, surgut.totalHits());
    }

    @Test
    void aLatinWordNoReadingOfWhichFindsAnythingStaysAndFindsNothing() {
        SearchResult result = search("qwzxv");
        assertTrue(result.readAs().isEmpty());
        assertEquals(0, result.totalHits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"что как где", "и в на", "Что? Где? Когда?", "«и в на»"})
    void aQueryOfStopWordsOnlySaysSo(String typed) {
        SearchResult result = search(typed);
        assertEquals(0, result.totalHits());
        assertEquals(Set.of(QueryNotice.STOP_WORDS_ONLY), result.notices(), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"...", "?!", "— –"})
    void aQueryOfSignsOnlyHasNoSearchableWords(String typed) {
        SearchResult result = search(typed);
        assertEquals(0, result.totalHits());
        assertFalse(result.notices().contains(QueryNotice.STOP_WORDS_ONLY), typed);
    }

    @Test
    void anAbbreviationNobodyKnowsSaysSo() {
        SearchResult alone = search("ЦДНИТТ");
        assertEquals(0, alone.totalHits());
        assertTrue(alone.notices().contains(QueryNotice.UNKNOWN_ABBREVIATION), alone.notices().toString());
        assertEquals(List.of("ЦДНИТТ"), alone.unknownAbbreviations());

        SearchResult withWords = search("наставничество ЦДНИТТ");
        assertTrue(withWords.totalHits() > 0);
        assertEquals(List.of("ЦДНИТТ"), withWords.unknownAbbreviations(), "named beside what the other words find");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ШНОР", "ВПР", "ОГЭ", "PISA", "VPR"})
    void aKnownAbbreviationHasNoNotice(String typed) {
        SearchResult result = search(typed);
        assertTrue(result.totalHits() > 0, typed);
        assertFalse(result.notices().contains(QueryNotice.UNKNOWN_ABBREVIATION), typed);
        assertTrue(result.unknownAbbreviations().isEmpty());
    }

    @Test
    void anAbbreviationIsCapitalLettersOnly() {
        for (String word : List.of("ЦНППМ", "ИРО", "ЦДНИТТ", "TIMSS", "IT")) {
            assertTrue(Abbreviations.isOne(word, ANALYZER), word);
        }
        assertFalse(Abbreviations.isOne("Школа", ANALYZER));
        assertFalse(Abbreviations.isOne("Я", ANALYZER));
        assertFalse(Abbreviations.isOne("ЦНППМПРО", ANALYZER), "longer than six letters: a word in capitals");
        assertFalse(Abbreviations.isOne("ЦОКО-2", ANALYZER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TO", "NA", "NE", "ON", "DA", "NO"})
    void aFunctionWordInCapitalsIsNoAbbreviation(String word) {
        assertFalse(Abbreviations.isOne(word, ANALYZER), word + " reads as a Russian function word");
        SearchResult result = search(word);
        assertFalse(result.notices().contains(QueryNotice.UNKNOWN_ABBREVIATION), word + ": " + result.notices());
        assertTrue(result.unknownAbbreviations().isEmpty(), word);
    }

    @Test
    void capitalsTypedWithCapsLockSayNothing() {
        assertEquals(List.of(), Abbreviations.among(List.of("КОТ"), List.of("ПРОГРАММА", "РАЗВИТИЯ", "КОТ"), ANALYZER));
        assertEquals(List.of("ШНОР", "ЦДНИТТ"), Abbreviations.among(List.of("ШНОР", "ЦДНИТТ", "ШНОР"),
                List.of("ШНОР", "ЦДНИТТ", "ШНОР"), ANALYZER), "short capitals words only: abbreviations, each once");
        assertEquals(List.of("ЦДНИТТ"), Abbreviations.among(List.of("ЦДНИТТ"), List.of("программа", "ЦДНИТТ"), ANALYZER));
        assertEquals(List.of(), search("НАСТАВНИЧЕСТВО ЦДНИТТ").unknownAbbreviations(), "caps lock on");
    }
}
