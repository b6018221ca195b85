package ru.portal500.search.engine;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/**
 * Replaces a stem by the stem of its derivational family ({@code диагностирова}, {@code диагностир} →
 * {@code диагностик}), so that a verb and the noun of the same root, which the stemmer splits, find each other.
 * Runs after stemming, on both sides: one hash lookup per word, nothing more at query time. The families are
 * {@link RussianAnalysis#FAMILIES} ({@code word-families-ru.txt}).
 */
final class DerivationalFamilyFilter extends TokenFilter {

    private final CharArrayMap<char[]> families;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    /** @param families a member's stem → its family's stem (read only, shared) */
    DerivationalFamilyFilter(TokenStream input, CharArrayMap<char[]> families) {
        super(input);
        this.families = families;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            char[] family = families.get(term.buffer(), 0, term.length());
            if (family != null) {
                term.copyBuffer(family, 0, family.length);
            }
        }
        return true;
    }
}
