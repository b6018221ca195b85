package ru.portal500.search.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.apache.lucene.search.Explanation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why an item is found: per typed word its forms and synonyms, where the item has them (title or text, as written
 * there, how often) and its part of the score; a word that found nothing; the rank; and nothing about an item the
 * caller may not see.
 */
class HitExplanationsTest {

    private static final Set<String> ATKARSK = Set.of("public", Items.ATKARSK_SCHOOL);
    private static final Set<String> SURGUT = Set.of("public", Items.SURGUT_SCHOOL);

    private SearchIndex index;

    @BeforeEach
    void index() throws IOException {
        index = SearchIndex.inMemory();
        index.upsert(Items.practice(1, "Диагностика учебной мотивации",
                "Педагог-психолог проводит диагностику в начале года; по итогам диагностики классный руководитель "
                        + "строит индивидуальный маршрут. Школа с низкими образовательными результатами обновила программу."));
        index.upsert(Items.practice(2, "Клуб настольных игр", "Учебная мотивация растёт, когда ученики играют вместе."));
        index.upsert(Items.practice(3, "Родительский всеобуч", "Родители приходят на встречи раз в месяц."));
        index.upsert(Items.practice(4, "Профилактика буллинга", "Классные часы о буллинге и правилах класса."));
        index.upsert(Items.surgutDocument(20, "Секретная диагностика лянторской школы", "Диагностика мотивации по тайной методике."));
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private HitExplanation explain(String query, String id, Set<String> keys) {
        return index.explain(SearchRequest.builder(query, keys).build(), id).orElseThrow();
    }

    private static HitExplanation.Word word(HitExplanation explanation, String typed) {
        return explanation.words().stream().filter(w -> w.typed().equals(typed)).findFirst().orElseThrow();
    }

    @Test
    void aQueryTheSearchReadsOtherwiseIsExplainedAsTheSearchReadsIt() {
        // «vjnbdfwbb» is «мотивации» typed with the English layout on: the search finds by «мотивации», so does the explanation
        HitExplanation e = explain("vjnbdfwbb", "practice:2", ATKARSK);
        assertEquals(new QueryReading("vjnbdfwbb", "мотивации", QueryReading.How.KEYBOARD_LAYOUT), e.readAs());
        assertTrue(e.found(), "found as the search finds it");
        assertEquals(List.of("мотивации"), e.words().stream().map(HitExplanation.Word::typed).toList());
        assertTrue(word(e, "мотивации").matched());
        assertEquals(index.search(SearchRequest.builder("vjnbdfwbb", ATKARSK).build()).hits().stream()
                .map(SearchHit::id).toList().indexOf("practice:2") + 1, e.rank(), "the rank of the search's own list");

        HitExplanation asTyped = index.explain(SearchRequest.builder("vjnbdfwbb", ATKARSK).asTyped(true).build(), "practice:2").orElseThrow();
        assertNull(asTyped.readAs(), "as typed on request");
        assertFalse(asTyped.found());
        assertNull(explain("мотивации", "practice:2", ATKARSK).readAs(), "a query read as typed names no reading");
    }

    @Test
    void aWordIsExplainedByItsStemTheFieldsAndTheWordsAsWritten() {
        HitExplanation e = explain("диагностика мотивации", "practice:1", ATKARSK);
        assertEquals("Диагностика учебной мотивации", e.title());
        assertEquals(1, e.rank(), "both words, one in the title too: the best hit");
        assertTrue(e.found() && e.score() > 0);

        HitExplanation.Word diagnostics = word(e, "диагностика");
        assertEquals(HitExplanation.Kind.WORD, diagnostics.kind());
        assertEquals(List.of("диагностик"), diagnostics.forms().get(0).terms(), "the stem");
        assertFalse(diagnostics.forms().get(0).expansion());
        HitExplanation.Occurrence inTitle = diagnostics.in(HitExplanation.TITLE).get(0);
        assertEquals(1, inTitle.count());
        assertEquals(List.of("Диагностика"), inTitle.written());
        HitExplanation.Occurrence inText = diagnostics.in(HitExplanation.TEXT).get(0);
        assertEquals(2, inText.count());
        assertEquals(List.of("диагностику", "диагностики"), inText.written(), "the forms as the text has them");

        HitExplanation.Word motivation = word(e, "мотивации");
        assertEquals(1, motivation.in(HitExplanation.TITLE).size(), "in the title only");
        assertTrue(motivation.in(HitExplanation.TEXT).isEmpty());

        assertEquals(e.score(), diagnostics.score() + motivation.score() + e.other(), 1e-4, "the shares add up to the score");
        assertEquals(0, e.other(), 1e-4);
        assertTrue(diagnostics.score() > 0 && motivation.score() > 0, "each word has its part");
        assertEquals(1.0, diagnostics.share() + motivation.share(), 1e-4);
    }

    @Test
    void aSynonymSaysWhichGroupGaveIt() {
        HitExplanation e = explain("ШНОР", "practice:1", ATKARSK);
        assertTrue(e.found(), "the abbreviation finds the expansion in the text");
        HitExplanation.Word abbreviation = word(e, "ШНОР");
        assertEquals(List.of("шнор"), abbreviation.forms().get(0).terms());
        HitExplanation.Form expansion = abbreviation.forms().stream()
                .filter(f -> f.terms().equals(List.of("школ", "низк", "образовательн", "результат"))).findFirst().orElseThrow();
        assertTrue(expansion.expansion());
        assertTrue(expansion.group().contains("школы с низкими образовательными результатами"), expansion.group().toString());
        assertTrue(abbreviation.matched());
        assertTrue(abbreviation.occurrences().stream().anyMatch(o -> o.written().contains("низкими")), abbreviation.toString());
        assertEquals(e.score(), abbreviation.score(), 1e-4, "the whole score is the abbreviation's");
    }

    @Test
    void aThesaurusWordSaysWhichGroupGaveIt() {
        HitExplanation e = explain("травля", "practice:4", ATKARSK);
        assertTrue(e.found(), "the thesaurus finds «буллинг» for «травля»");
        HitExplanation.Form bullying = word(e, "травля").forms().stream()
                .filter(f -> f.terms().equals(List.of("буллинг"))).findFirst().orElseThrow();
        assertTrue(bullying.expansion());
        assertTrue(bullying.group().contains("травля") && bullying.group().contains("буллинг"), bullying.group().toString());
    }

    @Test
    void aWordThatFindsNothingIsNamedAndAStopWordIsNotLookedFor() {
        HitExplanation e = explain("как диагностика буллинга", "practice:1", ATKARSK);
        HitExplanation.Word bullying = word(e, "буллинга");
        assertTrue(bullying.searched() && !bullying.matched(), bullying.toString());
        assertEquals(0, bullying.score(), 1e-6);
        assertEquals(List.of(bullying), e.unmatched());
        HitExplanation.Word how = word(e, "как");
        assertFalse(how.searched(), "a stop word: not looked for, so not a word that failed");

        HitExplanation notFound = explain("буллинг", "practice:3", ATKARSK);
        assertFalse(notFound.found());
        assertNull(notFound.rank());
        assertEquals(1, notFound.unmatched().size());
    }

    @Test
    void titleAndTextAreToldApartAndTheRankFollowsTheSearch() {
        HitExplanation e = explain("мотивация", "practice:2", ATKARSK);
        HitExplanation.Word motivation = word(e, "мотивация");
        assertTrue(motivation.in(HitExplanation.TITLE).isEmpty());
        assertEquals(List.of("мотивация"), motivation.in(HitExplanation.TEXT).get(0).written());
        List<String> order = index.search(SearchRequest.builder("мотивация", ATKARSK).build()).hits().stream()
                .map(SearchHit::id).toList();
        assertEquals(order.indexOf("practice:2") + 1, e.rank(), order.toString());
        assertEquals(order.indexOf("practice:1") + 1, explain("мотивация", "practice:1", ATKARSK).rank());
    }

    @Test
    void aPrefixShowsTheWordsItFound() {
        HitExplanation.Word prefix = word(explain("диагност*", "practice:1", ATKARSK), "диагност*");
        assertEquals(HitExplanation.Kind.PREFIX, prefix.kind());
        assertTrue(prefix.matched());
        assertTrue(prefix.in(HitExplanation.TEXT).stream().anyMatch(o -> o.written().contains("диагностику")));
        assertTrue(prefix.score() > 0);
    }

    @Test
    void anItemTheCallerMayNotSeeIsNotFoundAndNoneIsUnknown() {
        assertTrue(index.explain(SearchRequest.builder("диагностика", ATKARSK).build(), "document:20").isEmpty(),
                "another school's document: not found, nothing of it told");
        assertTrue(index.explain(SearchRequest.builder("диагностика", ATKARSK).build(), "practice:99").isEmpty());
        assertTrue(index.explain(SearchRequest.builder("диагностика", Set.of()).build(), "practice:1").isEmpty());
        HitExplanation own = explain("диагностика", "document:20", SURGUT);
        assertTrue(own.found());
        assertEquals("Секретная диагностика лянторской школы", own.title());
        assertEquals(1, explain("диагностика", "practice:1", ATKARSK).rank(),
                "the rank counts only what the caller sees: the hidden document is not ahead of it");
    }

    @Test
    void theScoreIsSharedByTermsNamedInTheTreeWhateverTheQuerysShape() {
        // fields scored together (BM25F), a synonym competing with its word, a boost as a factor, a filter
        Explanation combined = Explanation.match(3f, "weight(CombinedFieldQuery((title^2.0 text)(диагностик)) in 7), result of:",
                Explanation.match(3f, "score(freq=2.0), computed as boost * idf * tf from:"));
        Explanation word = Explanation.match(2f, "weight(CombinedFieldQuery((title^2.0 text)(мотивац)) in 7), result of:");
        Explanation synonym = Explanation.match(1f, "weight(CombinedFieldQuery((title^2.0 text)(стимул)) in 7), result of:");
        Explanation alternatives = Explanation.match(2.1f, "max plus 0.1 times others of:", word, synonym);
        Explanation boosted = Explanation.match(4.2f, "product of:", alternatives, Explanation.match(2f, "boost"));
        Explanation filter = Explanation.match(0f, "match on required clause, product of:",
                Explanation.match(0f, "# clause"), Explanation.match(1f, "access:public"));
        Explanation root = Explanation.match(7.2f, "sum of:", combined, boosted, filter);

        double[] shares = HitExplanations.shares(root, List.of(Set.of("диагностик"), Set.of("мотивац", "стимул"), Set.of("буллинг")));
        assertEquals(3.0, shares[0], 1e-4);
        assertEquals(4.2, shares[1], 1e-4, "the word and its synonym, boosted");
        assertEquals(0.0, shares[2], 1e-6, "a word the tree does not name");
        assertEquals(0.0, shares[3], 1e-4, "nothing left over");

        double[] split = HitExplanations.shares(alternatives, List.of(Set.of("мотивац"), Set.of("стимул")));
        assertEquals(2.0, split[0], 1e-4, "the best alternative counts in full");
        assertEquals(0.1, split[1], 1e-4, "the other as the tie-breaker adds it");
    }
}
