package ru.portal500.search.engine;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The first matches of a query, best first, equal scores in the order of their ids (equal scores are common: lengths
 * are stored coarsely), so that any index with the same items gives the same order.
 *
 * <p>Lucene's collector of the best scores skips the documents that cannot make the first ones (block-max WAND); a
 * sort by score then id cannot, and scored every match (at 30,000 items this was a third of a search's time). So the
 * best are collected with {@value #TIE_MARGIN} more than asked, and put in order of score then id: only a tie of
 * more than that many items across the last place could order them by the index.
 */
final class BestFirst {

    static final int TIE_MARGIN = 10;

    private BestFirst() {
    }

    static ScoreDoc[] of(IndexSearcher searcher, Query query, int count) throws IOException {
        if (count <= 0) {
            return new ScoreDoc[0];
        }
        ScoreDoc[] found = searcher.search(query, count + TIE_MARGIN).scoreDocs;
        BytesRef[] ids = ids(searcher, found);
        Integer[] order = new Integer[found.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -found[i].score)
                .thenComparing(i -> ids[i], Comparator.nullsLast(Comparator.naturalOrder())));
        ScoreDoc[] best = new ScoreDoc[Math.min(count, found.length)];
        for (int i = 0; i < best.length; i++) {
            best[i] = found[order[i]];
        }
        return best;
    }

    private static BytesRef[] ids(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        BytesRef[] ids = new BytesRef[docs.length];
        for (int i = 0; i < docs.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
            SortedDocValues values = leaf.reader().getSortedDocValues(ItemDocuments.ID);
            if (values != null && values.advanceExact(docs[i].doc - leaf.docBase)) {
                ids[i] = BytesRef.deepCopyOf(values.lookupOrd(values.ordValue()));
            }
        }
        return ids;
    }
}
