package ru.portal500.search.engine;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
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
 * on both sides, just before the stop words are removed. Only a word that begins a phrase makes the filter look
 * ahead; the others pass at once.
 */
final class SetPhraseFilter extends TokenFilter {

    private final CharArrayMap<List<String[]>> byFirstWord;
    private final CharArraySet stopWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    /** Words read ahead and not yet given out, with their attributes. */
    private final ArrayDeque<State> pending = new ArrayDeque<>();
    private final ArrayDeque<String> pendingWords = new ArrayDeque<>();
    /** Whether the input has said it has no more words (it is not asked again). */
    private boolean exhausted;

    /**
     * @param phrases   the phrases, from {@link #phrases(List)} (read only, shared)
     * @param stopWords the words the stop filter after this one removes: a phrase's first word that is one of them
     *                  is dropped here at once, so that looking ahead after it costs no copy of a word
     */
    SetPhraseFilter(TokenStream input, CharArrayMap<List<String[]>> phrases, CharArraySet stopWords) {
        super(input);
        this.byFirstWord = phrases;
        this.stopWords = stopWords;
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
        boolean current = false;
        while (current || next()) {
            current = false;
            List<String[]> candidates = byFirstWord.get(term.buffer(), 0, term.length());
            if (candidates == null) {
                position.setPositionIncrement(Math.max(position.getPositionIncrement(), carried));
                return true;
            }
            if (stopWords.contains(term.buffer(), 0, term.length())) {
                // a stop word goes anyway: no copy of it is kept, the next word is looked at in its place
                carried = Math.max(carried, Math.min(1, position.getPositionIncrement()));
                if (!next()) {
                    return false;
                }
                int rest = longestMatch(candidates, 1);
                if (rest == 0) {
                    current = true;
                    continue;
                }
                carried = Math.max(carried, Math.min(1, position.getPositionIncrement()));
                drop(rest - 1);
                continue;
            }
            int increment = position.getPositionIncrement();
            State first = captureState();
            if (!next()) {
                restoreState(first);
                position.setPositionIncrement(Math.max(increment, carried));
                return true;
            }
            int rest = longestMatch(candidates, 1);
            if (rest == 0) {
                pending.addFirst(captureState());
                pendingWords.addFirst(term.toString());
                restoreState(first);
                position.setPositionIncrement(Math.max(increment, carried));
                return true;
            }
            carried = Math.max(carried, Math.min(1, increment));
            drop(rest - 1);
        }
        return false;
    }

    private void drop(int words) {
        for (int i = 0; i < words; i++) {
            pending.removeFirst();
            pendingWords.removeFirst();
        }
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

    /**
     * The number of words, from the current one on, of the longest phrase whose word {@code from} is the current word
     * and whose next words are the words that follow it (read ahead as needed); 0 if none. The attributes stay the
     * current word's; the words read ahead wait in {@link #pending}.
     */
    private int longestMatch(List<String[]> candidates, int from) throws IOException {
        State current = null;
        try {
            for (String[] phrase : candidates) {
                if (!isTerm(phrase[from])) {
                    continue;
                }
                int more = phrase.length - from - 1;
                while (pendingWords.size() < more) {
                    if (current == null) {
                        current = captureState();
                    }
                    if (!read()) {
                        break;
                    }
                    pending.addLast(captureState());
                    pendingWords.addLast(term.toString());
                }
                if (current != null) {
                    restoreState(current);
                }
                if (pendingWords.size() >= more && follows(phrase, from + 1)) {
                    return more + 1;
                }
            }
            return 0;
        } finally {
            if (current != null) {
                restoreState(current);
            }
        }
    }

    private boolean isTerm(String word) {
        int length = term.length();
        if (word.length() != length) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < length; i++) {
            if (buffer[i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words read ahead begin with the phrase's words from {@code from} on. */
    private boolean follows(String[] phrase, int from) {
        int i = from;
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
