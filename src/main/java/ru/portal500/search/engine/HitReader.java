package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a page of hits with their highlights: the whole title, and up to {@value #PASSAGES} passages of about
 * {@value #PASSAGE_CHARS} characters of the text around the matches (the beginning when nothing matched in
 * it). Offsets come from the postings, so the text is not analysed again. The HTML is escaped.
 */
final class HitReader {

    static final int PASSAGES = 2;
    static final int PASSAGE_CHARS = 180;
    /** Matches are looked for in the first million characters of a text. */
    static final int MAX_HIGHLIGHT_CHARS = 1_000_000;

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Analyzer ANALYZER = ItemDocuments.writerAnalyzer();

    private HitReader() {
    }

    /**
     * The hits of a page; an item with a focus (the characters of its best passage, {@link PassageRanking}) gets its
     * snippet from there.
     */
    static List<SearchHit> read(IndexSearcher searcher, Query highlightQuery, ScoreDoc[] page, Map<Integer, int[]> focus)
            throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        UnifiedHighlighter highlighter = highlighter(searcher);
        int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        String[] titles = highlighter.highlightFields(new String[]{ItemDocuments.TITLE}, highlightQuery, docs, new int[]{1})
                .get(ItemDocuments.TITLE);
        int[] unfocused = Arrays.stream(docs).filter(doc -> !focus.containsKey(doc)).toArray();
        String[] around = unfocused.length == 0 ? new String[0] : highlighter.highlightFields(new String[]{ItemDocuments.TEXT},
                highlightQuery, unfocused, new int[]{PASSAGES}).get(ItemDocuments.TEXT);
        String[] snippets = new String[page.length];
        for (int i = 0, next = 0; i < page.length; i++) {
            snippets[i] = focus.containsKey(docs[i]) ? null : around[next++];
        }
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document stored = searcher.storedFields().document(page[i].doc, ItemDocuments.HIT_FIELDS);
            int[] passage = focus.get(page[i].doc);
            String snippet = passage == null ? snippets[i] : focused(searcher, highlightQuery, page[i].doc, passage);
            hits.add(ItemDocuments.toHit(stored, orEmpty(titles[i]), orEmpty(snippet)));
        }
        return hits;
    }

    /** The snippet from the characters of the best passage (and a little around them), analysed again: a few hundred characters. */
    private static String focused(IndexSearcher searcher, Query query, int doc, int[] passage) throws IOException {
        String text = searcher.storedFields().document(doc, java.util.Set.of(ItemDocuments.TEXT)).get(ItemDocuments.TEXT);
        if (text == null) {
            return null;
        }
        int from = Math.max(0, Math.min(text.length(), passage[0]) - PASSAGE_CHARS);
        int to = Math.min(text.length(), Math.max(from, passage[1]) + PASSAGE_CHARS);
        Object highlighted = configured(UnifiedHighlighter.builderWithoutSearcher(ANALYZER))
                .highlightWithoutSearcher(ItemDocuments.TEXT, query, text.substring(from, to), PASSAGES);
        return highlighted == null ? null : highlighted.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return configured(UnifiedHighlighter.builder(searcher, ANALYZER));
    }

    private static UnifiedHighlighter configured(UnifiedHighlighter.Builder builder) {
        builder.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(MAX_HIGHLIGHT_CHARS)
                .withHighlightPhrasesStrictly(true);
        return new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return ItemDocuments.TITLE.equals(field) ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(RUSSIAN), PASSAGE_CHARS, 0.5f);
            }
        };
    }

    static ScoreDoc[] page(ScoreDoc[] all, int offset, int limit) {
        return offset >= all.length ? new ScoreDoc[0] : Arrays.copyOfRange(all, offset, Math.min(all.length, offset + limit));
    }
}
