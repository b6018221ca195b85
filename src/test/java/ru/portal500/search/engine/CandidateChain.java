package ru.portal500.search.engine;

import morfologik.stemming.Dictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * The analysis chains measured against each other on the judged set: Lucene's stock {@link RussianAnalyzer},
 * the engine's chain, the engine's chain with the light stemmer, and the dictionary lemmatiser (Lucene's
 * morfologik module with LanguageTool's Russian dictionary) alone and with stems. Each can run with the
 * built-in synonym list (its phrases analysed by the same chain) or without.
 */
enum CandidateChain {

    STOCK_RUSSIAN_ANALYZER("Lucene RussianAnalyzer (Standard tokenizer, stop words, Snowball)", null),
    ENGINE("engine chain (ё, hyphens, stop words, Snowball)", words -> new SnowballFilter(words, new RussianStemmer())),
    LIGHT_STEMMER("engine chain with RussianLightStemFilter instead of Snowball", RussianLightStemFilter::new),
    LEMMAS("engine chain with morfologik lemmas instead of stems", words -> new MorfologikFilter(words, Dictionaries.RUSSIAN)),
    LEMMAS_AND_STEMS("engine chain with morfologik lemmas and Snowball stems", words ->
            new RemoveDuplicatesTokenFilter(new StemKeywordCopies(new MorfologikFilter(new KeywordRepeatFilter(words), Dictionaries.RUSSIAN))));

    private final String description;
    /** What follows the engine's words and stop words; {@code null}: the stock analyzer. */
    private final Function<TokenStream, TokenStream> reduction;

    CandidateChain(String description, Function<TokenStream, TokenStream> reduction) {
        this.description = description;
        this.reduction = reduction;
    }

    String description() {
        return description;
    }

    Analyzer indexAnalyzer() {
        return reduction == null ? new RussianAnalyzer() : analyzer(null);
    }

    /** The query side: the index side, then the built-in synonyms analysed by this chain. */
    Analyzer queryAnalyzer(boolean synonyms) {
        if (!synonyms) {
            return indexAnalyzer();
        }
        SynonymMap map = Synonyms.map(Synonyms.builtIn().groups(), indexAnalyzer());
        if (reduction == null) {
            Analyzer stock = new RussianAnalyzer();
            return new AnalyzerWrapper(stock.getReuseStrategy()) {
                @Override
                protected Analyzer getWrappedAnalyzer(String fieldName) {
                    return stock;
                }

                @Override
                protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                    return new TokenStreamComponents(components.getSource(),
                            new SynonymGraphFilter(components.getTokenStream(), map, true));
                }
            };
        }
        return analyzer(map);
    }

    private Analyzer analyzer(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new RussianWordTokenizer();
                TokenStream words = new GaplessStopFilter(new HyphenatedWordFilter(new RussianLetterFilter(source)), RussianAnalysis.STOP_WORDS);
                TokenStream reduced = reduction.apply(words);
                return new TokenStreamComponents(source, synonyms == null ? reduced : new SynonymGraphFilter(reduced, synonyms, true));
            }
        };
    }

    /** LanguageTool's Russian dictionary, read once. */
    private static final class Dictionaries {
        static final Dictionary RUSSIAN;

        static {
            try {
                RUSSIAN = Dictionary.read(CandidateChain.class.getResource("/org/languagetool/resource/ru/russian.dict"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Stems the copies {@link KeywordRepeatFilter} marked as keywords (the lemmatiser leaves them as they are). */
    private static final class StemKeywordCopies extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final RussianStemmer stemmer = new RussianStemmer();

        StemKeywordCopies(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (keyword.isKeyword()) {
                stemmer.setCurrent(term.buffer(), term.length());
                stemmer.stem();
                term.copyBuffer(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
                keyword.setKeyword(false);
            }
            return true;
        }
    }
}
