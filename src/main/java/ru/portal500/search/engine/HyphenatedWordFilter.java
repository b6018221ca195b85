package ru.portal500.search.engine;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A hyphenated word is kept joined and split: {@code школы-кураторы} gives {@code школыкураторы} and
 * {@code школы} at one position, then {@code кураторы} at the next — so that the joined form, the parts
 * and the hyphenated form all find each other. Leading and trailing hyphens are dropped; a "word" of
 * hyphens only is no word. Runs after {@link RussianLetterFilter} (which maps every hyphen sign to
 * {@code -}); at most {@value #MAX_PARTS} parts are kept.
 */
final class HyphenatedWordFilter extends TokenFilter {

    static final int MAX_PARTS = 8;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    private final List<Part> pending = new ArrayList<>();
    private int next;

    private record Part(String text, int start, int end, int increment) {
    }

    HyphenatedWordFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.size()) {
            Part part = pending.get(next++);
            clearAttributes();
            term.setEmpty().append(part.text);
            offset.setOffset(part.start, part.end);
            position.setPositionIncrement(part.increment);
            return true;
        }
        pending.clear();
        next = 0;
        while (input.incrementToken()) {
            if (indexOf('-') < 0 || split()) {
                return true;
            }
            // a "word" of hyphens only: no word, and no hole either
        }
        return false;
    }

    /** Splits the current word: leaves the joined form (or the only part) in the attributes, the parts in {@link #pending}. */
    private boolean split() {
        char[] buffer = term.buffer();
        int length = term.length();
        int start = offset.startOffset();
        boolean exactOffsets = offset.endOffset() - start == length;
        List<int[]> bounds = new ArrayList<>();
        int i = 0;
        while (i < length && bounds.size() < MAX_PARTS) {
            while (i < length && buffer[i] == '-') {
                i++;
            }
            int from = i;
            while (i < length && buffer[i] != '-') {
                i++;
            }
            if (i > from) {
                bounds.add(new int[]{from, i});
            }
        }
        if (bounds.isEmpty()) {
            return false;
        }
        StringBuilder joined = new StringBuilder(length);
        for (int[] b : bounds) {
            joined.append(buffer, b[0], b[1] - b[0]);
        }
        if (bounds.size() > 1) {
            for (int p = 0; p < bounds.size(); p++) {
                int[] b = bounds.get(p);
                pending.add(new Part(new String(buffer, b[0], b[1] - b[0]),
                        exactOffsets ? start + b[0] : start, exactOffsets ? start + b[1] : offset.endOffset(),
                        p == 0 ? 0 : 1));
            }
        } else if (exactOffsets) {
            int[] b = bounds.get(0);
            offset.setOffset(start + b[0], start + b[1]);
        }
        term.setEmpty().append(joined);
        return true;
    }

    private int indexOf(char c) {
        char[] buffer = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            if (buffer[i] == c) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        next = 0;
    }
}
