package ru.portal500.search.engine;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

import java.io.IOException;

/**
 * A searcher with the facet state of its reader, made once per refresh (counting facets needs the ordinal
 * map of all segments; building it per search would cost more than the search).
 */
final class EngineSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;

    private EngineSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    /** The facet state, or {@code null} while no item has a facet value (an empty index). */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                SortedSetDocValuesReaderState state = null;
                try {
                    state = new DefaultSortedSetDocValuesReaderState(reader, config);
                } catch (IllegalArgumentException noFacetsYet) {
                    // the facet field is not in the index yet
                }
                return new EngineSearcher(reader, state);
            }
        };
    }
}
