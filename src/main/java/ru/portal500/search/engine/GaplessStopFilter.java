package ru.portal500.search.engine;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;

/**
 * Removes stop words without leaving a hole: {@code школы с низкими результатами} is indexed as if it read
 * {@code школы низкими результатами}, so a quoted phrase with or without the little word matches, and the
 * index and the query agree on positions. A word stacked on a removed one (posInc 0) moves up to its place.
 */
final class GaplessStopFilter extends TokenFilter {

    private final CharArraySet stopWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    GaplessStopFilter(TokenStream input, CharArraySet stopWords) {
        super(input);
        this.stopWords = stopWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        int carried = 0;
        while (input.incrementToken()) {
            if (!stopWords.contains(term.buffer(), 0, term.length())) {
                position.setPositionIncrement(Math.max(position.getPositionIncrement(), carried));
                return true;
            }
            carried = Math.max(carried, Math.min(1, position.getPositionIncrement()));
        }
        return false;
    }
}
