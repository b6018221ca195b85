package ru.portal500.search.engine;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Lower case, ё → е, every hyphen sign → {@code -}, stress marks and soft hyphens removed: one pass
 * over the word. A word that is left empty is dropped.
 */
final class RussianLetterFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    RussianLetterFilter(TokenStream input) {
        super(input);
    }

    static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Stress marks (combining acute and grave) and the soft hyphen: typed or pasted inside words, never meant. */
    static boolean isIgnorable(int c) {
        return c == '\u0301' || c == '\u0300' || c == '\u00AD';
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (normalize() > 0) {
                return true;
            }
        }
        return false;
    }

    private int normalize() {
        char[] buffer = term.buffer();
        int length = term.length();
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (isIgnorable(c)) {
                continue;
            }
            if (c == 'ё' || c == 'Ё') {
                c = 'е';
            } else if (isHyphen(c)) {
                c = '-';
            } else if (Character.isHighSurrogate(c) && i + 1 < length) {
                int cp = Character.toLowerCase(Character.toCodePoint(c, buffer[i + 1]));
                out += Character.toChars(cp, buffer, out);
                i++;
                continue;
            } else {
                c = Character.toLowerCase(c);
            }
            buffer[out++] = c;
        }
        term.setLength(out);
        return out;
    }
}
