package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.junit.jupiter.api.Test;

import org.tartarus.snowball.ext.RussianStemmer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RussianAnalysisTest {

    private final Analyzer index = RussianAnalysis.index();

    @Test
    void wordFormsShareTheirStem() {
        assertEquals(Tokens.of(index, "школа"), Tokens.of(index, "школам"));
        assertEquals(Tokens.of(index, "школа"), Tokens.of(index, "школы"));
        assertEquals(Tokens.of(index, "антирисковая программа"), Tokens.of(index, "антирисковой программы"));
    }

    @Test
    void yoIsYe() {
        assertEquals(Tokens.of(index, "учёт партнёров"), Tokens.of(index, "учет партнеров"));
        assertEquals(Tokens.of(index, "УЧЁТ"), Tokens.of(index, "учет"));
    }

    @Test
    void aHyphenatedWordIsIndexedJoinedAndSplit() {
        assertEquals(List.of("школыкуратор@0", "школ@0", "куратор@1", "работа@2"), Tokens.of(index, "Школы-кураторы работают"));
        assertEquals(List.of("школ@0", "куратор@1"), Tokens.of(index, "школы кураторы"));
        assertEquals(List.of("школ@0"), Tokens.of(index, "-школы-"));
        assertEquals(List.of(), Tokens.of(index, "— - –"));
    }

    @Test
    void stopWordsGoBeforeStemmingAndLeaveNoHole() {
        assertEquals(List.of("школ@0", "низк@1", "результат@2"), Tokens.of(index, "школы с низкими результатами"));
        assertEquals(List.of(), Tokens.of(index, "и в на с по"));
    }

    @Test
    void stressMarksAndSoftHyphensAreIgnored() {
        assertEquals(Tokens.of(index, "программа"), Tokens.of(index, "програ\u00ADмма"));
        assertEquals(Tokens.of(index, "замок"), Tokens.of(index, "за\u0301мок"));
    }

    @Test
    void anAbbreviationAndItsExpansionFindEachOther() {
        Analyzer query = Synonyms.builtIn().queryAnalyzer();
        List<String> abbreviation = Tokens.of(query, "ШНОР");
        assertTrue(abbreviation.containsAll(List.of("шнор@0", "школ@0", "низк@1")), abbreviation.toString());
        List<String> expansion = Tokens.of(query, "школам с низкими образовательными результатами");
        assertTrue(expansion.contains("шнор@0"), expansion.toString());
        List<String> vpr = Tokens.of(query, "впр");
        assertTrue(vpr.containsAll(List.of("всероссийск@0", "проверочн@1")), vpr.toString());
    }

    @Test
    void aRegionExtendsTheList() {
        Synonyms regional = Synonyms.builtIn().with(List.<String[]>of(new String[]{"ЦОКО", "центр оценки качества образования"}));
        assertTrue(Tokens.of(regional.queryAnalyzer(), "цоко").contains("центр@0"));
        assertEquals(Tokens.of(index, "цоко"), Tokens.of(Synonyms.builtIn().queryAnalyzer(), "цоко"));
    }

    @Test
    void unusableGroupsAreRefusedWithTheirProblem() {
        assertEquals(Synonyms.Problem.TOO_FEW_PHRASES, Synonyms.check(new String[]{"ВПР"}).orElseThrow());
        assertEquals(Synonyms.Problem.TOO_FEW_PHRASES, Synonyms.check(new String[]{"школа", "школы"}).orElseThrow());
        assertEquals(Synonyms.Problem.NO_SEARCHABLE_WORD, Synonyms.check(new String[]{"ВПР", "и в на"}).orElseThrow());
        assertEquals(Synonyms.Problem.PHRASE_TOO_LONG, Synonyms.check(new String[]{"ВПР", "слово ".repeat(11)}).orElseThrow());
        assertTrue(Synonyms.check(new String[]{"ЦОКО", "центр оценки качества"}).isEmpty());
    }

    @Test
    void anIssueNamesThePhraseAtFault() {
        assertEquals(new Synonyms.Issue(Synonyms.Problem.TOO_FEW_PHRASES, "школы", "школа"),
                Synonyms.issue(new String[]{"школа", "школы"}).orElseThrow());
        assertEquals(new Synonyms.Issue(Synonyms.Problem.NO_SEARCHABLE_WORD, "и в на", null),
                Synonyms.issue(new String[]{"ВПР", "и в на"}).orElseThrow());
        assertEquals(new Synonyms.Issue(Synonyms.Problem.PHRASE_TOO_LONG, "я".repeat(201), null),
                Synonyms.issue(new String[]{"ВПР", "я".repeat(201)}).orElseThrow());
        assertEquals(new Synonyms.Issue(Synonyms.Problem.TOO_FEW_PHRASES, null, null),
                Synonyms.issue(new String[]{"ВПР"}).orElseThrow());
        assertEquals(Synonyms.Problem.TOO_MANY_PHRASES, Synonyms.issue(new String[21]).orElseThrow().problem());
        assertTrue(Synonyms.issue(new String[]{"ЦОКО", "центр оценки качества", "ЦОКО"}).isEmpty(),
                "a repeated phrase among distinct ones does no harm");
    }

    @Test
    void theCachedStemmerStemsAsSnowballDoes() {
        Analyzer snowball = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                RussianWordTokenizer source = new RussianWordTokenizer();
                return new TokenStreamComponents(source, new FamilyOf(new SnowballFilter(new GaplessStopFilter(
                        new HyphenatedWordFilter(new GluedWordFilter(new SetPhraseFilter(new RussianLetterFilter(source),
                                RussianAnalysis.SET_PHRASES, RussianAnalysis.REMOVED_WORDS), RussianAnalysis.COMPOUND_PARTS)),
                        RussianAnalysis.REMOVED_WORDS), new RussianStemmer()),
                        RussianAnalysis.FAMILIES));
            }
        };
        for (IndexedItem item : JudgedSet.load().items()) {
            assertEquals(Tokens.of(snowball, item.text()), Tokens.of(index, item.text()), item.id());
        }
    }

    /** The derivational families applied after plain Snowball, without a cache: what the cached stemmer must equal. */
    private static final class FamilyOf extends org.apache.lucene.analysis.TokenFilter {
        private final org.apache.lucene.analysis.CharArrayMap<char[]> families;
        private final org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);

        FamilyOf(org.apache.lucene.analysis.TokenStream input, org.apache.lucene.analysis.CharArrayMap<char[]> families) {
            super(input);
            this.families = families;
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] family = families.get(term.buffer(), 0, term.length());
            if (family != null) {
                term.copyBuffer(family, 0, family.length);
            }
            return true;
        }
    }
}
