package ru.portal500.search.engine;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's facet counting gives what Lucene's {@link SortedSetDocValuesFacetCounts} gives for the same query restricted by the
 * same filter — values, labels, counts, order, number of matches — over several segments with deleted items, and keeps
 * giving it after a refresh that adds and merges segments.
 */
class FacetTallyTest {

    private static final String[] WORDS = {"школ", "программ", "риск", "мотивац", "родител", "наставничеств"};
    private static final int MUNICIPALITIES = 5;

    private final ItemDocuments documents = new ItemDocuments();
    private final Random random = new Random(20261123);
    private ByteBuffersDirectory directory;
    private IndexWriter writer;

    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        writer = new IndexWriter(directory, new IndexWriterConfig(ItemDocuments.writerAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE));
        addItems(0, 600, 90);
        for (int n = 0; n < 600; n += 7) {
            writer.deleteDocuments(ItemDocuments.idTerm("item:" + n));
        }
        writer.commit();
    }

    @AfterEach
    void close() throws IOException {
        writer.close();
        directory.close();
    }

    @Test
    void countsAsLuceneDoesForEveryCallerQueryAndFilter() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            assertTrue(reader.leaves().size() > 3, "several segments");
            assertTrue(reader.hasDeletions());
            compareMany((EngineSearcher) EngineSearcher.factory(documents.facetsConfig()).newSearcher(reader, null), reader);
        }
    }

    @Test
    void countsTheSameAfterARefreshThatAddsAndMergesSegments() throws IOException {
        var factory = EngineSearcher.factory(documents.facetsConfig());
        try (DirectoryReader first = DirectoryReader.open(writer)) {
            factory.newSearcher(first, null); // the segments' values read and kept
            addItems(600, 300, 300);
            writer.forceMerge(2);
            try (DirectoryReader second = DirectoryReader.openIfChanged(first, writer)) {
                compareMany((EngineSearcher) factory.newSearcher(second, first), second);
            }
        }
    }

    @Test
    void aFilterThatLetsNothingThroughCountsNothing() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            EngineSearcher searcher = (EngineSearcher) EngineSearcher.factory(documents.facetsConfig()).newSearcher(reader, null);
            FacetTally.Counts counts = searcher.search(new MatchAllDocsQuery(),
                    searcher.facets().counting(searcher, AccessFilter.keys(Set.of("municipality:nowhere"))));
            assertEquals(0, counts.matches());
            assertTrue(searcher.facets().top(counts, 10).isEmpty());
        }
    }

    private void compareMany(EngineSearcher searcher, DirectoryReader reader) throws IOException {
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, documents.facetsConfig());
        int compared = 0;
        for (int round = 0; round < 60; round++) {
            Query query = round % 5 == 0 ? new MatchAllDocsQuery() : words();
            Set<String> keys = keys();
            Map<Facet, Set<String>> filters = round % 3 == 0 ? Map.of(Facet.RISK_FACTOR, Set.of(Integer.toString(1 + random.nextInt(4))))
                    : Map.of();
            Query filter = filter(keys, filters);
            Query restricted = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
            FacetsCollectorManager.FacetsResult lucene = FacetsCollectorManager.search(searcher, restricted, 1, new FacetsCollectorManager());
            SortedSetDocValuesFacetCounts expected = new SortedSetDocValuesFacetCounts(state, lucene.facetsCollector());
            int limit = 1 + random.nextInt(6);

            FacetTally.Counts counts = searcher.search(query, searcher.facets().counting(searcher, filter));
            Map<Facet, List<FacetCount>> actual = searcher.facets().top(counts, limit);

            assertEquals(lucene.topDocs().totalHits.value, counts.matches(), "matches of " + restricted);
            assertEquals(luceneTop(expected, limit), actual, "facets of " + restricted + ", " + limit + " per facet");
            compared += counts.matches() > 0 ? 1 : 0;
        }
        assertTrue(compared > 40, "most comparisons had matches: " + compared);
    }

    private static Map<Facet, List<FacetCount>> luceneTop(SortedSetDocValuesFacetCounts counts, int limit) throws IOException {
        Map<Facet, List<FacetCount>> top = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            FacetResult result;
            try {
                result = counts.getTopChildren(limit, facet.dimension());
            } catch (IllegalArgumentException notIndexed) {
                continue;
            }
            if (result == null || result.labelValues.length == 0) {
                continue;
            }
            List<FacetCount> values = new ArrayList<>();
            for (LabelAndValue value : result.labelValues) {
                values.add(ItemDocuments.facetCount(value.label, value.value.intValue()));
            }
            top.put(facet, values);
        }
        return top;
    }

    private Query words() {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (int i = 0; i <= random.nextInt(2); i++) {
            words.add(new TermQuery(new Term(random.nextBoolean() ? ItemDocuments.TEXT : ItemDocuments.TITLE,
                    WORDS[random.nextInt(WORDS.length)])), BooleanClause.Occur.SHOULD);
        }
        return words.build();
    }

    private Set<String> keys() {
        Set<String> keys = new HashSet<>(Set.of("public"));
        for (int m = 0; m < MUNICIPALITIES; m++) {
            if (random.nextInt(3) == 0) {
                keys.add("municipality:" + m);
            }
        }
        return keys;
    }

    private static Query filter(Set<String> keys, Map<Facet, Set<String>> filters) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder().add(AccessFilter.keys(keys), BooleanClause.Occur.MUST);
        filters.forEach((facet, values) -> filter.add(new TermInSetQuery(facet.filterField(),
                values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER));
        return filter.build();
    }

    private void addItems(int from, int count, int perSegment) throws IOException {
        for (int n = from; n < from + count; n++) {
            writer.addDocument(documents.toDocument(item(n)));
            if ((n + 1) % perSegment == 0) {
                writer.commit();
            }
        }
        writer.commit();
    }

    private IndexedItem item(int n) {
        boolean practice = n % 4 == 0;
        int municipality = random.nextInt(MUNICIPALITIES);
        int school = random.nextInt(6);
        String text = WORDS[random.nextInt(WORDS.length)] + "а " + WORDS[random.nextInt(WORDS.length)] + "ы";
        return IndexedItem.builder("item:" + n, practice ? ItemKind.PRACTICE : ItemKind.DOCUMENT)
                .title(WORDS[random.nextInt(WORDS.length)] + "ы").text(text)
                .region(Integer.toString(municipality % 2)).municipality(Integer.toString(municipality))
                .school(municipality + "/" + school, "Школа № " + school + " района " + municipality)
                .campaignYear(practice ? null : 2022 + random.nextInt(4)).documentType(practice ? null : "TYPE_" + random.nextInt(3))
                .status(practice ? "PUBLISHED" : "STATE_" + random.nextInt(3))
                .riskFactors(new HashSet<>(List.of(1 + random.nextInt(5), 1 + random.nextInt(5))))
                .level(practice ? "LEVEL_" + random.nextInt(3) : null).subject(practice ? "SUBJECT_" + random.nextInt(4) : null)
                .accessKeys(practice ? Set.of("public") : Set.of("municipality:" + municipality))
                .build();
    }
}
