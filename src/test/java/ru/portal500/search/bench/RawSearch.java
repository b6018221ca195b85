package ru.portal500.search.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline of {@link SearchBenchmark}: the same search written with Lucene's own API and nothing of the engine, on
 * the engine's index — the words through {@link RussianAnalyzer} over the title (boosted ×2) and the text, the caller's
 * access keys as a filter, the top 10 with {@link FacetsCollectorManager}, every dimension counted with
 * {@link SortedSetDocValuesFacetCounts} (the reader state made once, as an application would keep it), title and two
 * passages of the text highlighted by a default {@link UnifiedHighlighter}, and the hits' stored fields read.
 */
final class RawSearch {

    static final List<String> DIMENSIONS = List.of("kind", "type", "risk", "region", "municipality", "school", "year",
            "status", "level", "subject");
    private static final Set<String> HIT_FIELDS = Set.of("id", "kind", "title", "date", "municipality", "school", "school.name");

    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final Analyzer russian = new RussianAnalyzer();

    RawSearch(DirectoryReader reader) throws IOException {
        this.searcher = new IndexSearcher(reader);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, new FacetsConfig());
    }

    /** The number of hits returned (at most 10). */
    int search(String text, Set<String> allowedKeys) throws IOException {
        QueryBuilder builder = new QueryBuilder(russian);
        Query title = builder.createBooleanQuery("title", text);
        Query body = builder.createBooleanQuery("text", text);
        if (title == null || body == null) {
            return 0;
        }
        Query words = new BooleanQuery.Builder().add(new BoostQuery(title, 2f), BooleanClause.Occur.SHOULD)
                .add(body, BooleanClause.Occur.SHOULD).build();
        Query query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery("access", allowedKeys.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .build();
        FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, 10, new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, found.facetsCollector());
        int values = 0;
        for (String dimension : DIMENSIONS) {
            FacetResult result = counts.getTopChildren(20, dimension);
            values += result == null ? 0 : result.childCount;
        }
        TopDocs top = found.topDocs();
        Map<String, String[]> highlights = UnifiedHighlighter.builder(searcher, russian).build()
                .highlightFields(new String[]{"title", "text"}, words, top, new int[]{1, 2});
        for (int i = 0; i < top.scoreDocs.length; i++) {
            searcher.storedFields().document(top.scoreDocs[i].doc, HIT_FIELDS);
        }
        return values < 0 ? -1 : highlights.get("text").length;
    }
}
