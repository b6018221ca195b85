package ru.portal500.search.engine;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The snippet of a long text from its best passage ({@link PassageRanking.Focus}): up to {@value HitReader#PASSAGES}
 * pieces of about {@value HitReader#PASSAGE_CHARS} characters, each around the densest run of the query's words, cut
 * between words, the words marked and the rest escaped as the highlighter does for the other hits. The places of the
 * words come from the postings the ranking read already: nothing is analysed again.
 */
final class FocusedSnippet {

    private static final DefaultPassageFormatter FORMATTER = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

    private FocusedSnippet() {
    }

    /** The snippet, or null when the text is missing or nothing of the focus lies in it. */
    static String of(String text, PassageRanking.Focus focus) {
        if (text == null) {
            return null;
        }
        int[] starts = focus.starts();
        int[] ends = focus.ends();
        int n = 0;
        while (n < focus.size() && ends[n] <= text.length()) {
            n++; // a text cut for highlighting (HitReader.MAX_HIGHLIGHT_CHARS) keeps the occurrences inside it
        }
        boolean[] taken = new boolean[n];
        List<int[]> runs = new ArrayList<>();
        for (int piece = 0; piece < HitReader.PASSAGES; piece++) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < n; i++) {
                int j = i;
                while (j < n && !taken[j] && ends[j] - starts[i] <= HitReader.PASSAGE_CHARS) {
                    j++;
                }
                if (j - i > last - first) {
                    first = i;
                    last = j;
                }
            }
            if (first < 0) {
                break;
            }
            for (int i = first; i < last; i++) {
                taken[i] = true;
            }
            runs.add(new int[]{first, last});
        }
        if (runs.isEmpty()) {
            return null;
        }
        runs.sort(Comparator.comparingInt(r -> r[0]));
        Passage[] passages = new Passage[runs.size()];
        int previousEnd = 0;
        for (int p = 0; p < runs.size(); p++) {
            int first = runs.get(p)[0];
            int last = runs.get(p)[1] - 1;
            int slack = Math.max(0, HitReader.PASSAGE_CHARS - (ends[last] - starts[first]));
            int start = Math.max(previousEnd, wordStart(text, Math.max(0, starts[first] - slack / 2), starts[first]));
            int end = wordEnd(text, Math.min(text.length(), ends[last] + slack - (starts[first] - start)), ends[last]);
            Passage passage = new Passage();
            passage.setStartOffset(start);
            passage.setEndOffset(end);
            for (int i = 0; i < n; i++) {
                if (starts[i] >= start && ends[i] <= end) {
                    passage.addMatch(starts[i], ends[i], null, 1);
                }
            }
            passages[p] = passage;
            previousEnd = end;
        }
        return FORMATTER.format(passages, text);
    }

    /** The first character of the word at {@code at}, moved forward to the next word when {@code at} is inside one, never past {@code limit}. */
    private static int wordStart(String text, int at, int limit) {
        int start = at;
        while (start > 0 && start < limit && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        return start;
    }

    /** The end of the word before {@code at}, moved back when {@code at} is inside a word, never before {@code limit}. */
    private static int wordEnd(String text, int at, int limit) {
        int end = at;
        while (end < text.length() && end > limit && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return end;
    }
}
