package ru.portal500.search.engine;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Counts the facet values of a search's matches, for one searcher: a pass over the matches without scoring
 * ({@link #counting}), each match adding its values from {@link SegmentFacets} kept in memory, then the most frequent
 * values of each dimension ({@link #top}). Counts and order are those of Lucene's
 * {@code SortedSetDocValuesFacetCounts}: most frequent first, equal counts in the order of the values.
 */
final class FacetTally {

    private final SortedSetDocValuesReaderState state;
    private final SegmentFacets[] segments;
    /** Per segment: its ordinals of facet values → the ordinals of the whole index. */
    private final int[][] toGlobal;

    private FacetTally(SortedSetDocValuesReaderState state, SegmentFacets[] segments, int[][] toGlobal) {
        this.state = state;
        this.segments = segments;
        this.toGlobal = toGlobal;
    }

    static FacetTally of(IndexReader reader, SortedSetDocValuesReaderState state, SegmentFacets.Cache cache) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SegmentFacets[] segments = new SegmentFacets[leaves.size()];
        int[][] toGlobal = new int[leaves.size()][];
        SortedSetDocValues global = state.getDocValues();
        for (LeafReaderContext leaf : leaves) {
            SegmentFacets segment = cache.of(leaf.reader(), state.getField());
            segments[leaf.ord] = segment;
            LongValues mapping = global instanceof MultiDocValues.MultiSortedSetDocValues multi
                    ? multi.mapping.getGlobalOrds(leaf.ord) : LongValues.IDENTITY;
            int[] map = new int[segment.valueCount()];
            for (int ord = 0; ord < map.length; ord++) {
                map[ord] = (int) mapping.get(ord);
            }
            toGlobal[leaf.ord] = map;
        }
        return new FacetTally(state, segments, toGlobal);
    }

    /** The counts of one search: per value (ordinal of the whole index) and the number of matches. */
    record Counts(int[] values, long matches) {
    }

    /**
     * Counting the matches of a query that the filter lets through. The filter is checked per match instead of being
     * part of the query: a disjunction alone is iterated a window of documents at a time, inside a conjunction one
     * document at a time, about twice as slow.
     */
    CollectorManager<Counter, Counts> counting(IndexSearcher searcher, Query filter) throws IOException {
        Weight passes = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1);
        return new CollectorManager<>() {
            @Override
            public Counter newCollector() {
                return new Counter(passes);
            }

            @Override
            public Counts reduce(Collection<Counter> counters) {
                if (counters.size() == 1) {
                    Counter only = counters.iterator().next();
                    return new Counts(only.values, only.matches);
                }
                int[] values = new int[state.getSize()];
                long matches = 0;
                for (Counter counter : counters) {
                    for (int ord = 0; ord < values.length; ord++) {
                        values[ord] += counter.values[ord];
                    }
                    matches += counter.matches;
                }
                return new Counts(values, matches);
            }
        };
    }

    /** The {@code limit} most frequent values of each indexed dimension that has any among the matches. */
    Map<Facet, List<FacetCount>> top(Counts counts, int limit) throws IOException {
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        SortedSetDocValues labels = state.getDocValues();
        for (Facet facet : Facet.values()) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(facet.dimension());
            if (range == null) {
                continue;
            }
            List<Integer> best = mostFrequent(counts.values(), range, limit);
            if (best.isEmpty()) {
                continue;
            }
            List<FacetCount> values = new ArrayList<>(best.size());
            for (int ord : best) {
                String value = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString())[1];
                values.add(ItemDocuments.facetCount(value, counts.values()[ord]));
            }
            facets.put(facet, List.copyOf(values));
        }
        return facets;
    }

    /** The ordinals of the range with the highest non-zero counts, most frequent first, ties by ordinal. */
    private static List<Integer> mostFrequent(int[] counts, SortedSetDocValuesReaderState.OrdRange range, int limit) {
        Comparator<Integer> better = Comparator.<Integer>comparingInt(ord -> counts[ord]).reversed().thenComparingInt(ord -> ord);
        PriorityQueue<Integer> kept = new PriorityQueue<>(limit + 1, better.reversed()); // the worst kept on top
        for (int ord = range.start; ord <= range.end; ord++) {
            if (counts[ord] > 0) {
                kept.add(ord);
                if (kept.size() > limit) {
                    kept.poll();
                }
            }
        }
        List<Integer> best = new ArrayList<>(kept);
        best.sort(better);
        return best;
    }

    /** Counts the matches of one slice of the index that the filter lets through. */
    final class Counter implements Collector {

        private final Weight filter;
        private final int[] values = new int[state.getSize()];
        private long matches;

        private Counter(Weight filter) {
            this.filter = filter;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            Scorer passing = filter.scorer(leaf);
            if (passing == null) {
                throw new CollectionTerminatedException(); // nothing in this segment passes
            }
            DocIdSetIterator passes = passing.iterator();
            SegmentFacets segment = segments[leaf.ord];
            int[] map = toGlobal[leaf.ord];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counting needs no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    int next = passes.docID() < doc ? passes.advance(doc) : passes.docID();
                    if (next == doc) {
                        segment.count(doc, map, values);
                        matches++;
                    }
                }
            };
        }
    }
}
