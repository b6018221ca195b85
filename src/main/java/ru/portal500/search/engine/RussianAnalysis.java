package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Russian analysis chain of the index, chosen by measuring nDCG@10 on the judged set
 * ({@code SearchQualityTest}):
 * <ol>
 *     <li>{@link RussianWordTokenizer}: words are letters and digits, hyphens inside a word kept;</li>
 *     <li>{@link RussianLetterFilter}: lower case, ё → е, stress marks and soft hyphens removed;</li>
 *     <li>{@link SetPhraseFilter}: bureaucratic set phrases ({@code в рамках}, {@code с учетом}, {@code на основании}…;
 *     {@code set-phrases-ru.txt}) removed as a unit on both sides, so that their nouns match only where they mean
 *     themselves;</li>
 *     <li>{@link GluedWordFilter}: a compound written glued, whose first part is known ({@code онлайн}, {@code видео}…;
 *     {@code compound-parts-ru.txt}), is read with its hyphen: {@code онлайнуроке} → {@code онлайн-уроке};</li>
 *     <li>{@link HyphenatedWordFilter}: {@code школы-кураторы} → {@code школыкураторы} + {@code школы} + {@code кураторы},
 *     so the hyphenated, the glued and the spaced spellings find each other;</li>
 *     <li>{@link GaplessStopFilter}: the Snowball Russian stop words and the question and filler words of a query
 *     ({@code question-words-ru.txt}: {@code зачем нужен}, {@code сколько}, {@code какие бывают}…), removed before
 *     stemming on both sides, so that a query's content words decide and a quoted phrase reads as the text does;
 *     a query of such words only has nothing to search for;</li>
 *     <li>Snowball Russian stemming ({@link RussianStemmer}, as {@link SnowballFilter} applies it, with a cache of
 *     stems: {@link CachingRussianStemFilter});</li>
 *     <li>derivational families, in the same cache: the stems of a verb and the noun of its root, which Snowball
 *     splits, as one stem ({@code диагностировать} and {@code диагностика} → {@code диагностик};
 *     {@code word-families-ru.txt}), on both sides;</li>
 *     <li>at query time only: {@link SynonymGraphFilter} with the abbreviations and their expansions
 *     ({@link Synonyms}), whose entries went through steps 1–8, so that any word form of an expansion matches.</li>
 * </ol>
 */
final class RussianAnalysis {

    /** The Snowball Russian stop words (Lucene's {@link RussianAnalyzer} uses the same list). */
    static final CharArraySet STOP_WORDS = RussianAnalyzer.getDefaultStopSet();

    /** The question and filler words of a query ({@code question-words-ru.txt} beside this class). */
    static final CharArraySet QUESTION_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(lines("question-words-ru.txt"), false));

    /** What both sides remove before stemming: the stop words and the question words. */
    static final CharArraySet REMOVED_WORDS = union(STOP_WORDS, QUESTION_WORDS);

    /** The bureaucratic set phrases removed as a unit, by their first word ({@code set-phrases-ru.txt} beside this class). */
    static final CharArrayMap<List<String[]>> SET_PHRASES = SetPhraseFilter.phrases(lines("set-phrases-ru.txt"));

    /** The first parts of compounds written glued, hyphenated or apart ({@code compound-parts-ru.txt} beside this class). */
    static final GluedWordFilter.Parts COMPOUND_PARTS = GluedWordFilter.parts(lines("compound-parts-ru.txt"));

    /** A member's stem → its derivational family's stem ({@code word-families-ru.txt} beside this class). */
    static final CharArrayMap<char[]> FAMILIES = families(lines("word-families-ru.txt"));

    /**
     * What the index's analysis is made of: a version of this chain's code and a digest of its word lists. An index
     * written with another ({@link SearchIndex} keeps it with every commit) is recreated empty and rebuilt on start, so
     * that a changed list never leaves the words indexed before matching no query.
     */
    static final String VERSION = "russian-chain-1:" + Integer.toHexString(String.join("\n",
            java.util.stream.Stream.of("question-words-ru.txt", "set-phrases-ru.txt", "compound-parts-ru.txt",
                    "word-families-ru.txt").flatMap(resource -> lines(resource).stream()).toList()).hashCode());

    private RussianAnalysis() {
    }

    /** The index side: steps 1–8. */
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

    /** The query side: steps 1–9 with the given synonym map. */
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

    /** Words only (steps 1, 2 and 5: no set phrases, stop words or glued compounds, no stemming): the field of typing suggestions. */
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
        TokenStream words = new HyphenatedWordFilter(new GluedWordFilter(new SetPhraseFilter(new RussianLetterFilter(source), SET_PHRASES, REMOVED_WORDS),
                COMPOUND_PARTS));
        return new CachingRussianStemFilter(new GaplessStopFilter(words, REMOVED_WORDS), FAMILIES);
    }

    /**
     * The families of the given lines (words separated by spaces, the first word's stem is the family's).
     *
     * @throws IllegalStateException a stem belongs to two families
     */
    static CharArrayMap<char[]> families(List<String> lines) {
        CharArrayMap<char[]> families = new CharArrayMap<>(lines.size() * 4, false);
        Map<String, String> familyOf = new HashMap<>();
        for (String line : lines) {
            String[] words = line.split("\\s+");
            String family = stem(words[0]);
            for (String word : words) {
                String stem = stem(word);
                String earlier = familyOf.putIfAbsent(stem, family);
                if (earlier != null && !earlier.equals(family)) {
                    throw new IllegalStateException("The stem " + stem + " of " + word + " is in two families: " + earlier + ", " + family);
                }
                if (!stem.equals(family)) {
                    families.put(stem, family.toCharArray());
                }
            }
        }
        return CharArrayMap.unmodifiableMap(families);
    }

    /** The letters ё and е (U+0451, U+0435): the chain reads ё as е. */
    private static final int YO = 0x0451;
    private static final int YE = 0x0435;

    /** A word's Snowball stem, as the chain makes it (lower case, ё → е). */
    private static String stem(String word) {
        RussianStemmer stemmer = new RussianStemmer();
        stemmer.setCurrent(word.toLowerCase(Locale.ROOT).replace((char) YO, (char) YE));
        stemmer.stem();
        return stemmer.getCurrent();
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
