package ru.portal500.search.engine;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BoostAttribute;

import java.io.IOException;

/**
 * Follows the query side's synonym filter: a word the thesaurus put in ({@link Synonyms} marks each such word of
 * the synonym map with {@link #MARK} before its stem) loses the mark and gets a {@link BoostAttribute} of the
 * thesaurus's weight; every other word (typed, or an abbreviation's expansion) keeps the weight 1. Lucene's
 * {@code QueryBuilder} carries the boost into the query: into {@code SynonymQuery}'s term boosts where the
 * alternatives are single words, into a {@code BoostQuery} around each term of a multi-word alternative
 * ({@link QueryFactory.SynonymWeighingQueryBuilder}).
 */
final class ThesaurusWeightFilter extends TokenFilter {

    /** Put before each stem of a thesaurus phrase in the synonym map; no tokenizer of the chain lets it through. */
    static final char MARK = '\u0001';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final BoostAttribute boost = addAttribute(BoostAttribute.class);
    private final float weight;

    ThesaurusWeightFilter(TokenStream input, float weight) {
        super(input);
        this.weight = weight;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() > 0 && term.charAt(0) == MARK) {
            term.copyBuffer(term.buffer(), 1, term.length() - 1);
            boost.setBoost(weight);
        } else {
            boost.setBoost(1f);
        }
        return true;
    }
}
