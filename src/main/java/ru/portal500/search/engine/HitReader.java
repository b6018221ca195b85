package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    /** What a snippet cut after a sentence's end or a comma would start with. */
    private static final java.util.regex.Pattern LEADING_PUNCTUATION = java.util.regex.Pattern.compile("^[\\s.,;:!?)\\]»…–—-]+");
    /** What is read of each hit: what it shows, and the text its snippet comes from. */
    private static final Set<String> READ = Stream.concat(ItemDocuments.HIT_FIELDS.stream(), Stream.of(ItemDocuments.TEXT))
            .collect(Collectors.toUnmodifiableSet());

    private HitReader() {
    }

    /**
     * The hits of a page; an item with a focus (where the query's words are in its best passage, {@link PassageRanking})
     * gets its snippet from there ({@link FocusedSnippet}). Each item's stored fields are read once, for the hit and for
     * the highlighter.
     */
    static List<SearchHit> read(IndexSearcher searcher, Query highlightQuery, ScoreDoc[] page, Map<Integer, PassageRanking.Focus> focus)
            throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        Map<Integer, Document> stored = new HashMap<>();
        for (ScoreDoc hit : page) {
            stored.putIfAbsent(hit.doc, searcher.storedFields().document(hit.doc, READ));
        }
        UnifiedHighlighter highlighter = highlighter(searcher, stored);
        int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        String[] titles = highlighter.highlightFields(new String[]{ItemDocuments.TITLE}, highlightQuery, docs, new int[]{1})
                .get(ItemDocuments.TITLE);
        int[] unfocused = Arrays.stream(docs).filter(doc -> !focus.containsKey(doc)).toArray();
        String[] around = unfocused.length == 0 ? new String[0] : highlighter.highlightFields(new String[]{ItemDocuments.TEXT},
                highlightQuery, unfocused, new int[]{PASSAGES}).get(ItemDocuments.TEXT);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0, next = 0; i < page.length; i++) {
            Document item = stored.get(docs[i]);
            PassageRanking.Focus passage = focus.get(docs[i]);
            String snippet = passage == null ? around[next++] : FocusedSnippet.of(highlighted(item.get(ItemDocuments.TEXT)), passage);
            hits.add(ItemDocuments.toHit(item, orEmpty(titles[i]), withoutLeadingPunctuation(orEmpty(snippet))));
        }
        return hits;
    }

    /** The part of a text the highlighter looks at. */
    private static String highlighted(String text) {
        return text == null || text.length() <= MAX_HIGHLIGHT_CHARS ? text : text.substring(0, MAX_HIGHLIGHT_CHARS);
    }

    /** A snippet cut after a sentence's end or a comma starts with its first word, not with «. » or «, ». */
    static String withoutLeadingPunctuation(String snippet) {
        return LEADING_PUNCTUATION.matcher(snippet).replaceFirst("");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** The highlighter of a page, reading the values of the items' fields from those already read. */
    private static UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, Document> stored) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, ANALYZER)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(MAX_HIGHLIGHT_CHARS)
                .withHighlightPhrasesStrictly(true);
        return new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return ItemDocuments.TITLE.equals(field) ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(RUSSIAN), PASSAGE_CHARS, 0.5f);
            }

            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document item = stored.get(doc);
                    CharSequence[] ofDoc = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String value = item == null ? null : highlighted(item.get(fields[f]));
                        ofDoc[f] = value == null ? "" : value;
                    }
                    values.add(ofDoc);
                }
                return values;
            }
        };
    }

    static ScoreDoc[] page(ScoreDoc[] all, int offset, int limit) {
        return offset >= all.length ? new ScoreDoc[0] : Arrays.copyOfRange(all, offset, Math.min(all.length, offset + limit));
    }
}
