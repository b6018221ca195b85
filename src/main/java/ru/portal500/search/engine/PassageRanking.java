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
import java.util.TreeSet;

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
    static final int DEPTH = 50;
    private static final float K1 = 1.2f;
    private static final float B = 0.75f;

    /** A candidate in its new place, and for a text longer than one passage, the characters of its best passage. */
    record Ranked(ScoreDoc hit, float score, int[] focus) {
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
        List<Ranked> ranked = new ArrayList<>(candidates.length);
        for (ScoreDoc candidate : candidates) {
            ranked.add(ranking.best(candidate));
        }
        if (ranking.words.isEmpty()) {
            return ranked;
        }
        List<Ranked> ordered = new ArrayList<>(ranked);
        ordered.sort(Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparingInt(ranked::indexOf));
        return ordered;
    }

    private Ranked best(ScoreDoc candidate) throws IOException {
        if (words.isEmpty()) {
            return new Ranked(candidate, 0, null);
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(candidate.doc, leaves));
        int doc = candidate.doc - leaf.docBase;
        Occurrences[] found = new Occurrences[words.size()];
        TreeSet<Integer> windows = new TreeSet<>();
        for (int i = 0; i < found.length; i++) {
            found[i] = words.get(i).occurrences(leaf.reader(), doc);
            for (int position : found[i].positions) {
                windows.add(position / STEP);
                windows.add(Math.max(0, position / STEP - 1));
            }
        }
        int titleLength = length(leaf.reader(), ItemDocuments.TITLE, doc);
        int textLength = length(leaf.reader(), ItemDocuments.TEXT, doc);
        float whole = score(found, 0, Integer.MAX_VALUE, QueryFactory.TITLE_WEIGHT * titleLength + textLength);
        if (textLength <= LONG) {
            return new Ranked(candidate, whole, null);
        }
        if (windows.isEmpty()) {
            windows.add(0);
        }
        float bestScore = -1;
        int bestWindow = 0;
        for (int window : windows) {
            int start = window * STEP;
            if (start > 0 && start >= textLength) {
                continue;
            }
            float score = score(found, start, start + WINDOW,
                    QueryFactory.TITLE_WEIGHT * titleLength + Math.min(WINDOW, Math.max(0, textLength - start)));
            if (score > bestScore) {
                bestScore = score;
                bestWindow = window;
            }
        }
        int[] focus = textLength > LONG ? characters(found, bestWindow * STEP, bestWindow * STEP + WINDOW) : null;
        float passage = Float.isNaN(bestScore) ? 0 : Math.max(0, bestScore);
        return new Ranked(candidate, (passage + whole) / 2, focus);
    }

    /** BM25F of the query over the title and the text's words at positions from (inclusive) to (exclusive). */
    private float score(Occurrences[] found, int from, int to, float length) {
        float[] frequencies = new float[found.length];
        for (int i = 0; i < found.length; i++) {
            frequencies[i] = found[i].inTitle * words.get(i).titleWeight + found[i].count(from, to);
        }
        float score = query.score(frequencies, length / averageLength);
        return Float.isNaN(score) ? 0 : Math.max(0, score);
    }

    /** The characters from the first to the last occurrence of any word in a window; null when none is in it. */
    private static int[] characters(Occurrences[] found, int from, int to) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (Occurrences occurrences : found) {
            for (int i = 0; i < occurrences.positions.length; i++) {
                if (occurrences.positions[i] >= from && occurrences.positions[i] < to) {
                    start = Math.min(start, occurrences.starts[i]);
                    end = Math.max(end, occurrences.ends[i]);
                }
            }
        }
        return end < 0 ? null : new int[]{start, end};
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

        Occurrences occurrences(LeafReader reader, int doc) throws IOException {
            int inTitle = titleWeight == 0 ? 0 : frequency(reader, doc);
            List<int[]> found = new ArrayList<>();
            Terms text = inText ? reader.terms(ItemDocuments.TEXT) : null;
            if (text != null) {
                TermsEnum terms = text.iterator();
                PostingsEnum postings = null;
                for (BytesRef form : forms) {
                    if (terms.seekExact(form)) {
                        postings = terms.postings(postings, PostingsEnum.OFFSETS);
                        if (postings.advance(doc) == doc) {
                            for (int i = 0; i < postings.freq(); i++) {
                                found.add(new int[]{postings.nextPosition(), postings.startOffset(), postings.endOffset()});
                            }
                        }
                    }
                }
            }
            return new Occurrences(inTitle, found);
        }

        private int frequency(LeafReader reader, int doc) throws IOException {
            Terms title = reader.terms(ItemDocuments.TITLE);
            if (title == null) {
                return 0;
            }
            TermsEnum terms = title.iterator();
            PostingsEnum postings = null;
            int frequency = 0;
            for (BytesRef form : forms) {
                if (terms.seekExact(form)) {
                    postings = terms.postings(postings, PostingsEnum.FREQS);
                    if (postings.advance(doc) == doc) {
                        frequency += postings.freq();
                    }
                }
            }
            return frequency;
        }
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

        int count(int from, int to) {
            int count = 0;
            for (int position : positions) {
                if (position >= from && position < to) {
                    count++;
                }
            }
            return count;
        }
    }

    static Map<Integer, int[]> focusOf(List<Ranked> ranked) {
        Map<Integer, int[]> focus = new java.util.HashMap<>();
        ranked.stream().filter(r -> r.focus() != null).forEach(r -> focus.put(r.hit().doc, r.focus()));
        return focus;
    }
}
