package ru.portal500.search.engine;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Removes bureaucratic set phrases as a unit ({@code в рамках}, {@code с учетом}, {@code на основании}…), without
 * leaving a hole, as {@link GaplessStopFilter} removes a stop word: their nouns then match only where they mean
 * themselves. Runs after {@link RussianLetterFilter} (words in lower case, ё → е) and before the hyphens are split,
 * on both sides. Only a word that begins a phrase makes the filter look ahead; the others pass at once.
 */
final class SetPhraseFilter extends TokenFilter {

    private final CharArrayMap<List<String[]>> byFirstWord;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    /** Words read ahead and not yet given out, with their attributes. */
    private final ArrayDeque<State> pending = new ArrayDeque<>();
    private final ArrayDeque<String> pendingWords = new ArrayDeque<>();
    /** Whether the input has said it has no more words (it is not asked again). */
    private boolean exhausted;

    /** @param phrases the phrases, from {@link #phrases(List)} (read only, shared) */
    SetPhraseFilter(TokenStream input, CharArrayMap<List<String[]>> phrases) {
        super(input);
        this.byFirstWord = phrases;
    }

    /**
     * The phrases of the given lines (words separated by spaces, lower case) by their first word, the longest first.
     *
     * @throws IllegalArgumentException a phrase of one word (a stop word, not a phrase)
     */
    static CharArrayMap<List<String[]>> phrases(List<String> lines) {
        CharArrayMap<List<String[]>> phrases = new CharArrayMap<>(lines.size(), false);
        for (String line : lines) {
            String[] words = line.strip().split("\\s+");
            if (words.length < 2) {
                throw new IllegalArgumentException("A set phrase has at least two words: " + line);
            }
            List<String[]> same = phrases.get(words[0]);
            if (same == null) {
                same = new ArrayList<>();
                phrases.put(words[0], same);
            }
            same.add(words);
            same.sort(Comparator.comparingInt((String[] p) -> p.length).reversed());
        }
        return CharArrayMap.unmodifiableMap(phrases);
    }

    @Override
    public boolean incrementToken() throws IOException {
        int carried = 0;
        while (next()) {
            List<String[]> candidates = byFirstWord.get(term.buffer(), 0, term.length());
            int matched = candidates == null ? 0 : longestMatch(candidates);
            if (matched == 0) {
                position.setPositionIncrement(Math.max(position.getPositionIncrement(), carried));
                return true;
            }
            carried = Math.max(carried, Math.min(1, position.getPositionIncrement()));
            for (int i = 1; i < matched; i++) {
                pending.removeFirst();
                pendingWords.removeFirst();
            }
        }
        return false;
    }

    /** The next word into the attributes: a word read ahead, or the input's next. */
    private boolean next() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(pending.removeFirst());
            pendingWords.removeFirst();
            return true;
        }
        return read();
    }

    private boolean read() throws IOException {
        if (exhausted) {
            return false;
        }
        exhausted = !input.incrementToken();
        return !exhausted;
    }

    /** The number of words of the longest phrase that begins with the current word, 0 if none; the attributes stay the current word's. */
    private int longestMatch(List<String[]> candidates) throws IOException {
        State current = null;
        try {
            for (String[] phrase : candidates) {
                while (pendingWords.size() < phrase.length - 1) {
                    if (current == null) {
                        current = captureState();
                    }
                    if (!read()) {
                        break;
                    }
                    pending.addLast(captureState());
                    pendingWords.addLast(term.toString());
                }
                if (pendingWords.size() >= phrase.length - 1 && follows(phrase)) {
                    return phrase.length;
                }
            }
            return 0;
        } finally {
            if (current != null) {
                restoreState(current);
            }
        }
    }

    private boolean follows(String[] phrase) {
        int i = 1;
        for (String word : pendingWords) {
            if (i == phrase.length) {
                return true;
            }
            if (!word.equals(phrase[i++])) {
                return false;
            }
        }
        return i == phrase.length;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        pendingWords.clear();
        exhausted = false;
    }
}
