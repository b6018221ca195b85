package ru.portal500.search.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing about an item the caller may not open leaks: a Сургут school's document with a unique word
 * («квазарометрия») and a unique title must not show in hits, snippets, facet values or counts, "did you mean",
 * typing suggestions or similar items for a caller of Аткарский район — and does show for its own school.
 */
class PermissionFilteringTest {

    private static final String SECRET_WORD = "квазарометрия";
    private static final Set<String> ATKARSK = Set.of("public", Items.ATKARSK_SCHOOL, "municipality:64/atkarsky");
    private static final Set<String> SURGUT = Set.of("public", Items.SURGUT_SCHOOL);

    private SearchIndex index;

    @BeforeEach
    void index() throws IOException {
        index = SearchIndex.inMemory();
        String common = "Антирисковая программа по фактору «Низкая учебная мотивация обучающихся»: цели, задачи, мероприятия, "
                + "показатели и ответственные. Учителя проводят консультации, родители участвуют в проектах.";
        index.upsert(Items.practice(1, "Мотивация обучающихся через проекты", common));
        index.upsert(Items.practice(2, "Проектная неделя и учебная мотивация", common + " Проектная неделя в конце четверти."));
        index.upsert(Items.atkarskDocument(10, "Антирисковая программа Аткарской школы", common + " Аткарск."));
        index.upsert(Items.surgutDocument(20, "Секретный план лянторской школы",
                common + " Методика " + SECRET_WORD + " описана подробно. " + SECRET_WORD + " применяется ежедневно."));
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private SearchResult search(String query, Set<String> keys) {
        return index.search(SearchRequest.builder(query, keys).build());
    }

    @Test
    void aHitOutsideTheScopeIsNotFoundAndNothingOfItShows() {
        SearchResult forAtkarsk = search(SECRET_WORD, ATKARSK);
        assertEquals(0, forAtkarsk.totalHits());
        assertTrue(forAtkarsk.hits().isEmpty());
        assertTrue(forAtkarsk.facets().isEmpty(), forAtkarsk.facets().toString());
        assertTrue(forAtkarsk.didYouMean().isEmpty(), forAtkarsk.didYouMean().toString());

        SearchResult forSurgut = search(SECRET_WORD, SURGUT);
        assertEquals(List.of("document:20"), ids(forSurgut));
        assertTrue(forSurgut.hits().get(0).snippet().contains("<mark>" + SECRET_WORD + "</mark>"), forSurgut.hits().get(0).snippet());
        // what tells it from another document of its school with the same title
        assertEquals("ANTIRISK_PROGRAMME", forSurgut.hits().get(0).documentType());
        assertEquals(2025, forSurgut.hits().get(0).campaignYear());
    }

    @Test
    void aCommonQueryFindsOnlyAllowedItemsAndCountsOnlyThem() {
        SearchResult result = search("антирисковая программа", ATKARSK);
        assertEquals(Set.of("practice:1", "practice:2", "document:10"), Set.copyOf(ids(result)));
        assertEquals(3, result.totalHits());
        assertAllowedFacetsOnly(result);
        for (SearchHit hit : result.hits()) {
            assertFalse(hit.snippet().contains(SECRET_WORD) || hit.title().contains("Секретный"), hit.toString());
        }
    }

    @Test
    void browsingWithoutAQueryCountsOnlyAllowedItems() {
        SearchResult result = search("", ATKARSK);
        assertEquals(3, result.totalHits());
        assertTrue(result.notices().contains(QueryNotice.EMPTY_QUERY));
        assertAllowedFacetsOnly(result);
        assertEquals(List.of(new FacetCount("DOCUMENT", "DOCUMENT", 1), new FacetCount("PRACTICE", "PRACTICE", 2)),
                result.facets().get(Facet.KIND).stream().sorted(java.util.Comparator.comparing(FacetCount::value)).toList());
    }

    @Test
    void aFilterOnAValueOutsideTheScopeFindsNothing() {
        SearchResult result = index.search(SearchRequest.builder("программа", ATKARSK)
                .filter(Facet.MUNICIPALITY, Set.of("86/surgutsky")).build());
        assertEquals(0, result.totalHits());
        assertTrue(result.facets().isEmpty());
    }

    @Test
    void didYouMeanNeverProposesAWordOnlyAnotherScopeHas() {
        String typo = "квазарометрея";
        SearchResult forAtkarsk = search(typo, ATKARSK);
        assertTrue(forAtkarsk.didYouMean().isEmpty());
        assertTrue(forAtkarsk.readAs().isEmpty(), "nor is it searched instead: " + forAtkarsk.readAs());
        assertEquals(0, forAtkarsk.totalHits());
        // one letter off a word of the caller's items: searched corrected, with the notice
        assertEquals(SECRET_WORD, search(typo, SURGUT).readAs().orElseThrow().searched());
        assertEquals("мотивация", search("мотивацея", ATKARSK).readAs().orElseThrow().searched());
        // and offered when searched as typed
        assertEquals(SECRET_WORD, index.search(SearchRequest.builder(typo, SURGUT).asTyped(true).build()).didYouMean().orElseThrow());
    }

    @Test
    void suggestionsComeFromAllowedTitlesOnly() {
        assertTrue(index.suggest("Секр", ATKARSK, 10).isEmpty());
        assertTrue(index.suggest(SECRET_WORD.substring(0, 5), ATKARSK, 10).isEmpty());
        assertEquals(List.of("document:20"), index.suggest("секретный пл", SURGUT, 10).stream().map(Suggestion::id).toList());
        assertEquals(Set.of("practice:1", "practice:2"),
                Set.copyOf(index.suggest("моти", ATKARSK, 10).stream().map(Suggestion::id).toList()));
    }

    @Test
    void similarItemsComeFromAllowedItemsOnlyAndANotAllowedSeedGivesNothing() {
        List<String> similar = index.similar("practice:1", ATKARSK, 10).stream().map(SearchHit::id).toList();
        assertFalse(similar.isEmpty());
        assertFalse(similar.contains("document:20"), similar.toString());
        assertFalse(similar.contains("practice:1"), similar.toString());
        assertTrue(index.similar("document:20", ATKARSK, 10).isEmpty());
        assertTrue(index.similar("practice:1", SURGUT, 10).stream().anyMatch(h -> h.id().equals("document:20")));
    }

    @Test
    void aCallerWithoutKeysFindsNothingAtAll() {
        SearchResult result = search("программа", Set.of());
        assertEquals(0, result.totalHits());
        assertTrue(result.notices().contains(QueryNotice.NO_ACCESS));
        assertTrue(index.suggest("про", Set.of(), 10).isEmpty());
        assertTrue(index.similar("practice:1", Set.of(), 10).isEmpty());
    }

    private static void assertAllowedFacetsOnly(SearchResult result) {
        for (Map.Entry<Facet, List<FacetCount>> facet : result.facets().entrySet()) {
            for (FacetCount count : facet.getValue()) {
                assertFalse(count.value().contains("86") || count.label().contains("Лянтор") || count.value().equals("SUBMITTED")
                        || count.value().equals("ANTIRISK_PROGRAMME"), facet.getKey() + ": " + count);
            }
        }
        int schools = result.facets().get(Facet.SCHOOL).stream().mapToInt(FacetCount::count).sum();
        assertEquals(result.totalHits(), schools);
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }
}
