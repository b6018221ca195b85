package ru.portal500.search.engine;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a compound written glued as if it had its hyphen: {@code онлайнуроке} → {@code онлайн-уроке}, which
 * {@link HyphenatedWordFilter} then keeps whole and splits. So the glued, the hyphenated and the spaced spellings
 * find each other on both sides. Only words that begin with a known first part ({@code compound-parts-ru.txt}) and
 * have at least {@value #MIN_REST} letters more are split, never a word that begins as an exception does.
 * Runs after {@link RussianLetterFilter} (lower case, ё → е); costs a lookup of the first two letters per word.
 */
final class GluedWordFilter extends TokenFilter {

    static final int MIN_REST = 4;

    /** The first parts, their two-letter beginnings, the exceptions; see {@link #parts(List)}. */
    record Parts(CharArraySet parts, CharArraySet beginnings, List<char[]> exceptions, int shortest, int longest) {
    }

    private final Parts parts;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    GluedWordFilter(TokenStream input, Parts parts) {
        super(input);
        this.parts = parts;
    }

    /** The parts of the given lines: a first part per line, {@code !beginning} for words never split. */
    static Parts parts(List<String> lines) {
        CharArraySet parts = new CharArraySet(lines.size(), false);
        CharArraySet beginnings = new CharArraySet(lines.size(), false);
        List<char[]> exceptions = new ArrayList<>();
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String line : lines) {
            if (line.startsWith("!")) {
                exceptions.add(line.substring(1).strip().toCharArray());
                continue;
            }
            if (line.length() < 2) {
                throw new IllegalArgumentException("A first part of a compound has at least two letters: " + line);
            }
            parts.add(line);
            beginnings.add(line.substring(0, 2));
            shortest = Math.min(shortest, line.length());
            longest = Math.max(longest, line.length());
        }
        return new Parts(CharArraySet.unmodifiableSet(parts), CharArraySet.unmodifiableSet(beginnings), List.copyOf(exceptions),
                shortest, longest);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (length >= parts.shortest() + MIN_REST && parts.beginnings().contains(buffer, 0, 2)) {
            int part = firstPart(buffer, length);
            if (part > 0 && !isException(buffer, length)) {
                buffer = term.resizeBuffer(length + 1);
                System.arraycopy(buffer, part, buffer, part + 1, length - part);
                buffer[part] = '-';
                term.setLength(length + 1);
            }
        }
        return true;
    }

    /** The length of the longest first part the word begins with (leaving {@value #MIN_REST} letters, no hyphen), 0 if none. */
    private int firstPart(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '-') {
                return 0;
            }
        }
        for (int n = Math.min(parts.longest(), length - MIN_REST); n >= parts.shortest(); n--) {
            if (parts.parts().contains(buffer, 0, n)) {
                return n;
            }
        }
        return 0;
    }

    private boolean isException(char[] buffer, int length) {
        for (char[] exception : parts.exceptions()) {
            if (exception.length <= length && java.util.Arrays.equals(buffer, 0, exception.length, exception, 0, exception.length)) {
                return true;
            }
        }
        return false;
    }
}
