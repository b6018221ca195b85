package ru.portal500.search.engine;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

import java.io.IOException;

/**
 * A searcher with the facet counting of its reader ({@link FacetTally}), made once per refresh: counting facets needs
 * the ordinal map of all segments and their values in memory, which would cost more than the search to build per search.
 */
final class EngineSearcher extends IndexSearcher {

    private final FacetTally facets;

    private EngineSearcher(IndexReader reader, FacetTally facets) {
        super(reader);
        this.facets = facets;
    }

    /** The facet counting, or {@code null} while no item has a facet value (an empty index). */
    FacetTally facets() {
        return facets;
    }

    /** Searchers of successive refreshes of one index; they share the facet values of the segments they share. */
    static SearcherFactory factory(FacetsConfig config) {
        SegmentFacets.Cache segments = new SegmentFacets.Cache();
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                SortedSetDocValuesReaderState state;
                try {
                    state = new DefaultSortedSetDocValuesReaderState(reader, config);
                } catch (IllegalArgumentException noFacetsYet) {
                    return new EngineSearcher(reader, null); // the facet field is not in the index yet
                }
                return new EngineSearcher(reader, FacetTally.of(reader, state, segments));
            }
        };
    }
}
