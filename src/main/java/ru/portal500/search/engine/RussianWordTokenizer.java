package ru.portal500.search.engine;

import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Splits text into words: runs of letters and digits, keeping the hyphens inside a word
 * ({@code школы-кураторы}, {@code ХМАО-Югра}) and the stress marks and soft hyphens that
 * {@link RussianLetterFilter} removes. Punctuation, spaces and dashes (–, —) separate words.
 */
final class RussianWordTokenizer extends CharTokenizer {

    @Override
    protected boolean isTokenChar(int c) {
        return Character.isLetterOrDigit(c) || RussianLetterFilter.isHyphen(c) || RussianLetterFilter.isIgnorable(c);
    }
}
