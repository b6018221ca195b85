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
 * Runs after {@link RussianLetterFilter} (lower case, ё → е); costs a table lookup of the first two letters per word.
 */
final class GluedWordFilter extends TokenFilter {

    static final int MIN_REST = 4;

    /** The first parts, their two-letter beginnings, the exceptions; see {@link #parts(List)}. */
    record Parts(CharArraySet parts, boolean[] beginnings, List<char[]> exceptions, int shortest, int longest) {

        /** Whether a first part begins with these two letters (lower-case Cyrillic: a table lookup, no hashing). */
        boolean mayBegin(char first, char second) {
            int index = beginning(first, second);
            return index >= 0 && beginnings[index];
        }

        /** The first lower-case Russian letter, U+0430: the table has a row and a column per letter up to U+044F. */
        private static final int FIRST_LETTER = 0x0430;

        static int beginning(char first, char second) {
            int a = first - FIRST_LETTER;
            int b = second - FIRST_LETTER;
            return a >= 0 && a < 32 && b >= 0 && b < 32 ? a * 32 + b : -1;
        }
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
        boolean[] beginnings = new boolean[32 * 32];
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
            int beginning = Parts.beginning(line.charAt(0), line.charAt(1));
            if (beginning < 0) {
                throw new IllegalArgumentException("A first part of a compound is written in lower-case Russian letters: " + line);
            }
            parts.add(line);
            beginnings[beginning] = true;
            shortest = Math.min(shortest, line.length());
            longest = Math.max(longest, line.length());
        }
        return new Parts(CharArraySet.unmodifiableSet(parts), beginnings, List.copyOf(exceptions),
                shortest, longest);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (length >= parts.shortest() + MIN_REST && parts.mayBegin(buffer[0], buffer[1])) {
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
