package ru.portal500.search.engine;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.IOException;
import java.util.Arrays;

/**
 * Snowball Russian stemming, as {@code SnowballFilter} with {@link RussianStemmer} does it, with a cache of the
 * stems already computed: words follow Zipf's law, so a few thousand cached words answer most tokens of a text and
 * the stemmer runs for the rest. The cache belongs to the filter, which an analyzer reuses per thread; it starts
 * over when full ({@value #CAPACITY} words). A stem that belongs to a derivational family is replaced by the
 * family's stem ({@link RussianAnalysis#FAMILIES}: {@code диагностирова} → {@code диагностик}) before it is cached,
 * so the family costs one hash lookup per word the cache does not know, nothing for the others.
 */
final class CachingRussianStemFilter extends TokenFilter {

    static final int CAPACITY = 50_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final RussianStemmer stemmer = new RussianStemmer();
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
    private final CharArrayMap<char[]> families;

    /** Plain Snowball stems. */
    CachingRussianStemFilter(TokenStream input) {
        this(input, CharArrayMap.emptyMap());
    }

    /** @param families a member's stem → its family's stem (read only, shared) */
    CachingRussianStemFilter(TokenStream input, CharArrayMap<char[]> families) {
        super(input);
        this.families = families;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        char[] stem = stems.get(buffer, 0, length);
        if (stem == null) {
            char[] word = Arrays.copyOf(buffer, length);
            stemmer.setCurrent(buffer, length);
            stemmer.stem();
            char[] family = families.get(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
            stem = family != null ? family : Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
            if (stems.size() >= CAPACITY) {
                stems.clear();
            }
            stems.put(word, stem);
        }
        term.copyBuffer(stem, 0, stem.length);
        return true;
    }
}
