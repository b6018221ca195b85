package ru.portal500.search.engine;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks the best candidates of a search again, a long text by its best passage as much as by its whole, so that a
 * school's 40-page programme neither wins only by its length (every query word somewhere in 40 pages) nor loses only by
 * it (one excellent page diluted by 39 others, as BM25's length normalisation does to the whole text).
 *
 * <p>A passage is a window of {@value #WINDOW} indexed words of the text (about 1,500 characters of Russian prose once
 * stop words are left out), the windows overlapping by half; a text shorter than a window is one passage. Each passage
 * is scored with the search query's own structure (its words, their forms and expansions, the weights of
 * {@link QueryFactory}) by BM25F over the title and the passage, as Lucene scores the whole item (the same formula and
 * statistics: an item of one passage gets its own score back): the title counts in every passage, the passage's
 * length stands for the text's. A text longer than {@value #LONG} words scores the mean of its best passage's score and
 * its whole text's, and its snippet is taken from its best passage ({@link Ranked#focus}); a shorter text keeps its own
 * score. The best passage alone ranked whole documents above the passages they are made of (the maximum over many
 * windows is biased upwards): README, "Search quality". Parts of a query a passage cannot score (a quoted phrase, a
 * prefix) are left out of the passage score: every candidate matched them already.
 *
 * <p>Only the first {@value #DEPTH} candidates of the index's order are ranked again (their term positions are read from
 * the postings, nothing is analysed again); deeper pages keep the index's order, and hold exactly the items the ranked
 * ones do not.
 */
final class PassageRanking {

    static final int WINDOW = 200;
    static final int STEP = WINDOW / 2;
    /** A text up to this many words keeps its own score: BM25F over the whole of it, which is what a passage would get. */
    static final int LONG = 2 * WINDOW;
    static final int DEPTH = 20;
    private static final float K1 = 1.2f;
    private static final float B = 0.75f;

    /** A candidate in its new place, and for a text longer than one passage, where the query's words are in its best passage. */
    record Ranked(ScoreDoc hit, float score, Focus focus) {
    }

    /**
     * The occurrences of the query's words in a text's best passage: their characters, in the order of the text (an
     * occurrence that another one at the same place covers is left out).
     */
    record Focus(int[] starts, int[] ends) {

        int size() {
            return starts.length;
        }
    }

    private final IndexSearcher searcher;
    private final Node query;
    private final List<Word> words = new ArrayList<>();
    private final float averageLength;

    private PassageRanking(IndexSearcher searcher, Query query) throws IOException {
        this.searcher = searcher;
        this.query = query == null ? (f, l) -> Float.NaN : node(query);
        this.averageLength = QueryFactory.TITLE_WEIGHT * averageLength(ItemDocuments.TITLE) + averageLength(ItemDocuments.TEXT);
    }

    /** The candidates in the order of their best passages (ties keep the index's order). */
    static List<Ranked> rank(IndexSearcher searcher, Query query, ScoreDoc[] candidates) throws IOException {
        PassageRanking ranking = new PassageRanking(searcher, query);
        if (ranking.words.isEmpty()) {
            return java.util.Arrays.stream(candidates).map(c -> new Ranked(c, 0, null)).toList();
        }
        Occurrences[][] found = ranking.occurrences(candidates);
        List<Ranked> ranked = new ArrayList<>(candidates.length);
        for (int i = 0; i < candidates.length; i++) {
            ranked.add(ranking.best(candidates[i], found[i]));
        }
        Integer[] order = new Integer[candidates.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -ranked.get(i).score()).thenComparingInt(i -> i));
        return java.util.Arrays.stream(order).map(ranked::get).toList();
    }

    /**
     * Where the query's words occur in each candidate: per index segment, each form of each word is looked up once and
     * its postings are advanced through the segment's candidates in the order of their numbers.
     */
    private Occurrences[][] occurrences(ScoreDoc[] candidates) throws IOException {
        Occurrences[][] found = new Occurrences[candidates.length][words.size()];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, List<Integer>> bySegment = new java.util.TreeMap<>();
        for (int i = 0; i < candidates.length; i++) {
            bySegment.computeIfAbsent(ReaderUtil.subIndex(candidates[i].doc, leaves), l -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Integer, List<Integer>> segment : bySegment.entrySet()) {
            LeafReaderContext leaf = leaves.get(segment.getKey());
            List<Integer> inOrder = new ArrayList<>(segment.getValue());
            inOrder.sort(Comparator.comparingInt(i -> candidates[i].doc));
            int[] docs = inOrder.stream().mapToInt(i -> candidates[i].doc - leaf.docBase).toArray();
            for (int w = 0; w < words.size(); w++) {
                Occurrences[] perDoc = words.get(w).occurrences(leaf.reader(), docs);
                for (int d = 0; d < docs.length; d++) {
                    found[inOrder.get(d)][w] = perDoc[d];
                }
            }
            for (int d = 0; d < docs.length; d++) {
                lengths.put(candidates[inOrder.get(d)].doc, new int[]{length(leaf.reader(), ItemDocuments.TITLE, docs[d]),
                        length(leaf.reader(), ItemDocuments.TEXT, docs[d])});
            }
        }
        return found;
    }

    private final Map<Integer, int[]> lengths = new java.util.HashMap<>();

    private Ranked best(ScoreDoc candidate, Occurrences[] found) {
        int[] length = lengths.get(candidate.doc);
        int titleLength = length[0];
        int textLength = length[1];
        float[] frequencies = new float[found.length];
        for (int i = 0; i < found.length; i++) {
            frequencies[i] = found[i].inTitle * words.get(i).titleWeight + found[i].positions.length;
        }
        float whole = score(frequencies, QueryFactory.TITLE_WEIGHT * titleLength + textLength);
        if (textLength <= LONG) {
            return new Ranked(candidate, whole, null);
        }
        int last = 0;
        for (Occurrences occurrences : found) {
            for (int position : occurrences.positions) {
                last = Math.max(last, position);
            }
        }
        int windows = last / STEP + 1;
        int[][] inWindow = new int[found.length][windows];
        boolean[] any = new boolean[windows];
        for (int i = 0; i < found.length; i++) {
            for (int position : found[i].positions) {
                int window = position / STEP; // a position is in the window that starts at or before it and the one before
                inWindow[i][window]++;
                any[window] = true;
                if (window > 0) {
                    inWindow[i][window - 1]++;
                    any[window - 1] = true;
                }
            }
        }
        float bestScore = 0;
        int bestWindow = -1;
        for (int window = 0; window < windows; window++) {
            if (!any[window]) {
                continue;
            }
            for (int i = 0; i < found.length; i++) {
                frequencies[i] = found[i].inTitle * words.get(i).titleWeight + inWindow[i][window];
            }
            int start = window * STEP;
            float score = score(frequencies, QueryFactory.TITLE_WEIGHT * titleLength + Math.min(WINDOW, Math.max(1, textLength - start)));
            if (bestWindow < 0 || score > bestScore) {
                bestScore = score;
                bestWindow = window;
            }
        }
        if (bestWindow < 0) { // only the title has the words: every passage scores as the first
            for (int i = 0; i < found.length; i++) {
                frequencies[i] = found[i].inTitle * words.get(i).titleWeight;
            }
            bestScore = score(frequencies, QueryFactory.TITLE_WEIGHT * titleLength + WINDOW);
        }
        Focus focus = bestWindow < 0 ? null : focus(found, bestWindow * STEP, bestWindow * STEP + WINDOW);
        return new Ranked(candidate, (bestScore + whole) / 2, focus);
    }

    /** BM25F of the query, given each word's frequency (title weighed in) and the length scored. */
    private float score(float[] frequencies, float length) {
        float score = query.score(frequencies, length / averageLength);
        return Float.isNaN(score) ? 0 : Math.max(0, score);
    }

    /** The occurrences of any word in a window, in the order of the text; null when none is in it. */
    private static Focus focus(Occurrences[] found, int from, int to) {
        List<int[]> in = new ArrayList<>();
        for (Occurrences occurrences : found) {
            for (int i = 0; i < occurrences.positions.length; i++) {
                if (occurrences.positions[i] >= from && occurrences.positions[i] < to) {
                    in.add(new int[]{occurrences.starts[i], occurrences.ends[i]});
                }
            }
        }
        if (in.isEmpty()) {
            return null;
        }
        in.sort(Comparator.<int[]>comparingInt(o -> o[0]).thenComparingInt(o -> -o[1]));
        List<int[]> kept = new ArrayList<>();
        for (int[] occurrence : in) {
            if (kept.isEmpty() || occurrence[0] >= kept.get(kept.size() - 1)[1]) {
                kept.add(occurrence);
            }
        }
        return new Focus(kept.stream().mapToInt(o -> o[0]).toArray(), kept.stream().mapToInt(o -> o[1]).toArray());
    }

    private float averageLength(String field) throws IOException {
        CollectionStatistics statistics = searcher.collectionStatistics(field);
        return statistics == null || statistics.docCount() == 0 ? 1 : (float) statistics.sumTotalTermFreq() / statistics.docCount();
    }

    /** A field's length in words as the norms keep it (coarsely, as BM25 reads it). */
    private static int length(LeafReader reader, String field, int doc) throws IOException {
        NumericDocValues norms = reader.getNormValues(field);
        return norms != null && norms.advanceExact(doc) ? SmallFloat.byte4ToInt((byte) norms.longValue()) : 0;
    }

    // --- the query, as a passage scores it

    /** A part of the query; {@code NaN} from {@link #score} means "not scored in passages". */
    private interface Node {
        float score(float[] frequencies, float relativeLength);
    }

    private Node node(Query query) throws IOException {
        if (query instanceof BoostQuery boosted) {
            Node inner = node(boosted.getQuery());
            float boost = boosted.getBoost();
            return (f, l) -> inner.score(f, l) * boost;
        }
        if (query instanceof CombinedFieldQuery combined) {
            return word(combined.getTerms());
        }
        if (query instanceof TermQuery term) {
            return word(List.of(term.getTerm()));
        }
        if (query instanceof DisjunctionMaxQuery max) {
            List<Node> alternatives = new ArrayList<>();
            for (Query disjunct : max.getDisjuncts()) {
                alternatives.add(node(disjunct));
            }
            float tie = max.getTieBreakerMultiplier();
            return (f, l) -> {
                float best = Float.NaN;
                float sum = 0;
                for (Node alternative : alternatives) {
                    float score = alternative.score(f, l);
                    if (!Float.isNaN(score)) {
                        best = Float.isNaN(best) ? score : Math.max(best, score);
                        sum += score;
                    }
                }
                return Float.isNaN(best) ? best : best + tie * (sum - best);
            };
        }
        if (query instanceof BooleanQuery bool) {
            List<Node> optional = new ArrayList<>();
            List<Node> required = new ArrayList<>();
            for (BooleanClause clause : bool.clauses()) {
                if (clause.getOccur() == BooleanClause.Occur.SHOULD) {
                    optional.add(node(clause.getQuery()));
                } else if (clause.getOccur() == BooleanClause.Occur.MUST) {
                    required.add(node(clause.getQuery()));
                }
            }
            return (f, l) -> {
                float sum = 0;
                boolean scored = false;
                for (Node part : required) {
                    float score = part.score(f, l);
                    if (score == 0) {
                        return 0; // a required word is not in this passage
                    }
                    if (!Float.isNaN(score)) {
                        sum += score;
                        scored = true;
                    }
                }
                for (Node part : optional) {
                    float score = part.score(f, l);
                    if (!Float.isNaN(score)) {
                        sum += score;
                        scored = true;
                    }
                }
                return scored ? sum : Float.NaN;
            };
        }
        return (f, l) -> Float.NaN;
    }

    /** One word of the query (its forms, each in the title and the text), scored by BM25F. */
    private Node word(List<Term> terms) throws IOException {
        List<BytesRef> forms = terms.stream().map(Term::bytes).distinct().toList();
        boolean inTitle = terms.stream().anyMatch(t -> t.field().equals(ItemDocuments.TITLE));
        boolean inText = terms.stream().anyMatch(t -> t.field().equals(ItemDocuments.TEXT));
        IndexReader reader = searcher.getIndexReader();
        long frequency = 0;
        for (Term term : terms) {
            frequency = Math.max(frequency, reader.docFreq(term));
        }
        long count = Math.max(1, reader.numDocs());
        float idf = (float) Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
        int index = words.size();
        words.add(new Word(forms, inTitle ? QueryFactory.TITLE_WEIGHT : 0, inText));
        return (f, l) -> {
            float tf = f[index];
            return tf == 0 ? 0 : idf * tf / (tf + K1 * (1 - B + B * l));
        };
    }

    private record Word(List<BytesRef> forms, float titleWeight, boolean inText) {

        /** The occurrences in each of the given documents of a segment (in increasing order). */
        Occurrences[] occurrences(LeafReader reader, int[] docs) throws IOException {
            int[] inTitle = new int[docs.length];
            List<List<int[]>> textOccurrences = new ArrayList<>();
            for (int d = 0; d < docs.length; d++) {
                textOccurrences.add(new ArrayList<>());
            }
            if (titleWeight != 0) {
                visit(reader.terms(ItemDocuments.TITLE), PostingsEnum.FREQS, docs, (d, postings) -> inTitle[d] += postings.freq());
            }
            if (inText) {
                visit(reader.terms(ItemDocuments.TEXT), PostingsEnum.OFFSETS, docs, (d, postings) -> {
                    for (int i = 0; i < postings.freq(); i++) {
                        textOccurrences.get(d).add(new int[]{postings.nextPosition(), postings.startOffset(), postings.endOffset()});
                    }
                });
            }
            Occurrences[] found = new Occurrences[docs.length];
            for (int d = 0; d < docs.length; d++) {
                found[d] = new Occurrences(inTitle[d], textOccurrences.get(d));
            }
            return found;
        }

        /** Each of the given documents (in increasing order) that has one of the forms in the field, with its postings there. */
        private void visit(Terms field, int flags, int[] docs, Posted posted) throws IOException {
            if (field == null) {
                return;
            }
            TermsEnum terms = field.iterator();
            PostingsEnum postings = null;
            for (BytesRef form : forms) {
                if (terms.seekExact(form)) {
                    postings = terms.postings(postings, flags);
                    for (int d = 0; d < docs.length; d++) {
                        if (postings.docID() < docs[d] && postings.advance(docs[d]) == PostingsEnum.NO_MORE_DOCS) {
                            break;
                        }
                        if (postings.docID() == docs[d]) {
                            posted.at(d, postings);
                        }
                    }
                }
            }
        }
    }

    /** What a document's postings give, {@code d} being its place among the documents visited. */
    private interface Posted {
        void at(int d, PostingsEnum postings) throws IOException;
    }

    /** Where one word's forms occur in one item: how often in the title, at which positions and characters of the text. */
    private static final class Occurrences {
        final int inTitle;
        final int[] positions;
        final int[] starts;
        final int[] ends;

        Occurrences(int inTitle, List<int[]> found) {
            this.inTitle = inTitle;
            this.positions = new int[found.size()];
            this.starts = new int[found.size()];
            this.ends = new int[found.size()];
            for (int i = 0; i < found.size(); i++) {
                positions[i] = found.get(i)[0];
                starts[i] = found.get(i)[1];
                ends[i] = found.get(i)[2];
            }
        }
    }

    static Map<Integer, Focus> focusOf(List<Ranked> ranked) {
        Map<Integer, Focus> focus = new java.util.HashMap<>();
        ranked.stream().filter(r -> r.focus() != null).forEach(r -> focus.put(r.hit().doc, r.focus()));
        return focus;
    }
}
