package ru.portal500.search.engine;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facet values of every item of one index segment, in memory: the segment's ordinals of the item's values,
 * item after item ({@code ordinals[starts[doc]] … ordinals[starts[doc + 1] - 1]}). Counting the facets of a search
 * then costs a few array reads per match instead of decoding the doc values of every match again. About 4 bytes
 * per item and 4 per facet value of an item (≈ 50 bytes per item with the dimensions of {@link Facet}).
 */
final class SegmentFacets {

    private final int[] starts;
    private final int[] ordinals;
    private final int valueCount;

    private SegmentFacets(int[] starts, int[] ordinals, int valueCount) {
        this.starts = starts;
        this.ordinals = ordinals;
        this.valueCount = valueCount;
    }

    static SegmentFacets read(LeafReader segment, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(segment, field);
        int maxDoc = segment.maxDoc();
        int[] starts = new int[maxDoc + 1];
        int[] ordinals = new int[Math.max(16, maxDoc * 4)];
        int used = 0;
        int next = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (next <= doc) {
                starts[next++] = used;
            }
            int count = values.docValueCount();
            ordinals = ArrayUtil.grow(ordinals, used + count);
            for (int i = 0; i < count; i++) {
                ordinals[used++] = (int) values.nextOrd();
            }
        }
        while (next <= maxDoc) {
            starts[next++] = used;
        }
        return new SegmentFacets(starts, ArrayUtil.copyOfSubArray(ordinals, 0, used), (int) values.getValueCount());
    }

    int valueCount() {
        return valueCount;
    }

    /** Adds one to the count of each of the item's values, counted by ordinals of the whole index. */
    void count(int doc, int[] toGlobal, int[] counts) {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            counts[toGlobal[ordinals[i]]]++;
        }
    }

    /** The segments read so far, by their core (shared by the searchers of successive refreshes), forgotten when a core closes. */
    static final class Cache {

        private final Map<IndexReader.CacheKey, SegmentFacets> segments = new ConcurrentHashMap<>();

        SegmentFacets of(LeafReader segment, String field) throws IOException {
            IndexReader.CacheHelper core = segment.getCoreCacheHelper();
            if (core == null) {
                return read(segment, field);
            }
            SegmentFacets known = segments.get(core.getKey());
            if (known != null) {
                return known;
            }
            SegmentFacets read = read(segment, field);
            if (segments.putIfAbsent(core.getKey(), read) == null) {
                core.addClosedListener(segments::remove);
            }
            return read;
        }
    }
}
