package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which of a query's words that find nothing a person would call an abbreviation, so that the page may say «Сокращение
 * «ЦДНИТТ» поиску неизвестно — напишите его полностью» ({@link QueryNotice#UNKNOWN_ABBREVIATION}) and not say it of a
 * word that is none. The notice asks the person to write the word out in full, which only makes sense for a word that
 * has a longer form; telling someone that «TO» is an unknown abbreviation is wrong and sends them looking for an
 * expansion that does not exist. A word is called an abbreviation when all of this holds:
 * <ol>
 *     <li>it is {@value #MIN}–{@value #MAX} letters, all capitals, of one alphabet ({@code ЦНППМ}, {@code ВПР},
 *     {@code TIMSS}): Russian abbreviations are written so, and a longer word in capitals is a word typed in capitals
 *     ({@code ЦНППМПРО} is an exception nobody types);</li>
 *     <li>read as a word, it is not a function word. The search leaves stop and question words out, so such a word
 *     finds nothing whatever it is; and a short capitals word a reader reads as a function word is one: the word in
 *     lower case ({@code ТО}, {@code НЕ}), its Latin letters that look like Cyrillic ones made Cyrillic ({@code TO} with
 *     a Latin T and O is «то»), or its Latin letters read back by sound ({@code NA} «на», {@code ON} «он»);</li>
 *     <li>the query's capitals mean something: when another word of the query, too long to be an abbreviation, is also
 *     all in capitals ({@code ПРОГРАММА РАЗВИТИЯ КОТ}), the query was typed with the caps lock on and capitals say
 *     nothing about any of its words. A query of short capitals words only ({@code ШНОР ЦДНИТТ}) or of one word keeps
 *     them, since an abbreviation is what a short capitals word most often is in this portal's queries.</li>
 * </ol>
 * What is left undecided: a lone everyday word in capitals that the items do not have ({@code КОТ} alone) is still
 * called an abbreviation, as nothing but a dictionary could tell it from an acronym read as a word ({@code ШНОР},
 * {@code ВУЗ}), and the chain has no dictionary.
 */
final class Abbreviations {

    static final int MIN = 2;
    static final int MAX = 6;

    private Abbreviations() {
    }

    /** Of the words that find nothing ({@code unfound}), those a person would call abbreviations, once each, in order. */
    static List<String> among(List<String> unfound, List<String> queryWords, Analyzer analyzer) {
        boolean capsLock = queryWords.stream().anyMatch(w -> letters(w) > MAX && capitalsOnly(w));
        List<String> abbreviations = new ArrayList<>();
        if (capsLock) {
            return abbreviations;
        }
        for (String word : unfound) {
            if (!abbreviations.contains(word) && isOne(word, analyzer)) {
                abbreviations.add(word);
            }
        }
        return abbreviations;
    }

    /** Whether the word, taken alone, is one: rules 1 and 2 of the class comment. */
    static boolean isOne(String word, Analyzer analyzer) {
        if (word.length() < MIN || word.length() > MAX || !capitalsOnly(word) || !oneAlphabet(word)) {
            return false;
        }
        List<String> readings = new ArrayList<>();
        readings.add(word.toLowerCase(Locale.ROOT));
        String cyrillic = QueryReadings.lookalikes(word);
        if (cyrillic != null) {
            readings.add(cyrillic.toLowerCase(Locale.ROOT));
        }
        readings.addAll(Transliteration.readings(word.toLowerCase(Locale.ROOT)));
        return readings.stream().noneMatch(reading -> SpellCorrection.wordQuery(reading, analyzer, BooleanClause.Occur.SHOULD) == null);
    }

    private static boolean capitalsOnly(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(c -> Character.isLetter(c) && Character.isUpperCase(c));
    }

    private static boolean oneAlphabet(String word) {
        return word.codePoints().mapToObj(Character.UnicodeScript::of).distinct().count() == 1;
    }

    private static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetter).count();
    }
}
