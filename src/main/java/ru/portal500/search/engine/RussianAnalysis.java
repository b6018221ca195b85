package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Russian analysis chain of the index, chosen by measuring nDCG@10 on the judged set
 * ({@code SearchQualityTest}):
 * <ol>
 *     <li>{@link RussianWordTokenizer}: words are letters and digits, hyphens inside a word kept;</li>
 *     <li>{@link RussianLetterFilter}: lower case, ё → е, stress marks and soft hyphens removed;</li>
 *     <li>{@link HyphenatedWordFilter}: {@code школы-кураторы} → {@code школыкураторы} + {@code школы} + {@code кураторы};</li>
 *     <li>{@link GaplessStopFilter}: the Snowball Russian stop words and the question and filler words of a query
 *     ({@code question-words-ru.txt}: {@code зачем нужен}, {@code сколько}, {@code какие бывают}…), removed before
 *     stemming on both sides, so that a query's content words decide and a quoted phrase reads as the text does;
 *     a query of such words only has nothing to search for;</li>
 *     <li>Snowball Russian stemming ({@link RussianStemmer}, as {@link SnowballFilter} applies it, with a cache of
 *     stems: {@link CachingRussianStemFilter});</li>
 *     <li>at query time only: {@link SynonymGraphFilter} with the abbreviations and their expansions
 *     ({@link Synonyms}), whose entries went through steps 1–5, so that any word form of an expansion matches.</li>
 * </ol>
 */
final class RussianAnalysis {

    /** The Snowball Russian stop words (Lucene's {@link RussianAnalyzer} uses the same list). */
    static final CharArraySet STOP_WORDS = RussianAnalyzer.getDefaultStopSet();

    /** The question and filler words of a query ({@code question-words-ru.txt} beside this class). */
    static final CharArraySet QUESTION_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(lines("question-words-ru.txt"), false));

    /** What both sides remove before stemming: the stop words and the question words. */
    static final CharArraySet REMOVED_WORDS = union(STOP_WORDS, QUESTION_WORDS);

    private RussianAnalysis() {
    }

    /** The index side: steps 1–5. */
    static Analyzer index() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new RussianWordTokenizer();
                return new TokenStreamComponents(source, stems(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new RussianLetterFilter(in);
            }
        };
    }

    /** The query side: steps 1–6 with the given synonym map. */
    static Analyzer query(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new RussianWordTokenizer();
                return new TokenStreamComponents(source, new SynonymGraphFilter(stems(source), synonyms, true));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new RussianLetterFilter(in);
            }
        };
    }

    /** Words only (steps 1–3, no stop words removed, no stemming): the field of typing suggestions. */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new RussianWordTokenizer();
                return new TokenStreamComponents(source, new HyphenatedWordFilter(new RussianLetterFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new RussianLetterFilter(in);
            }
        };
    }

    private static TokenStream stems(Tokenizer source) {
        TokenStream words = new HyphenatedWordFilter(new RussianLetterFilter(source));
        return new CachingRussianStemFilter(new GaplessStopFilter(words, REMOVED_WORDS));
    }

    private static CharArraySet union(CharArraySet first, CharArraySet second) {
        CharArraySet union = new CharArraySet(first.size() + second.size(), false);
        union.addAll(first);
        union.addAll(second);
        return CharArraySet.unmodifiableSet(union);
    }

    /** The lines of a resource beside this class, stripped, without empty lines and {@code #} comments. */
    static List<String> lines(String resource) {
        try (InputStream in = RussianAnalysis.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
