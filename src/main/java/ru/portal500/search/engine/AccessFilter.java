package ru.portal500.search.engine;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Set;

/**
 * The permission filter every read of the index goes through: an item is visible when one of its access
 * keys is among the caller's. Nothing is read from the index but through {@link #restrict}, or, in the pass that
 * counts facets, with {@link #keys} as the filter every match is checked against ({@link FacetTally#counting}).
 */
final class AccessFilter {

    private AccessFilter() {
    }

    /** The query, restricted to the items one of the allowed keys opens (as a non-scoring filter). */
    static Query restrict(Query query, Set<String> allowedKeys) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(keys(allowedKeys), BooleanClause.Occur.FILTER)
                .build();
    }

    static Query keys(Set<String> allowedKeys) {
        return new TermInSetQuery(ItemDocuments.ACCESS, allowedKeys.stream().map(BytesRef::new).toList());
    }

    /** Whether at least one live, allowed item matches the query: stops at the first. */
    static boolean anyMatch(IndexSearcher searcher, Query query, Set<String> allowedKeys) throws IOException {
        Query restricted = searcher.rewrite(restrict(query, allowedKeys));
        Weight weight = searcher.createWeight(restricted, ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }
}
