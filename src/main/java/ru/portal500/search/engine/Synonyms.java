package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Abbreviations and their expansions that find each other in a search (ШНОР ↔ школы с низкими
 * образовательными результатами, ВПР ↔ всероссийские проверочные работы…): the built-in list
 * ({@code synonyms-ru.txt} beside this class) and, per region, the operator's additions. Applied at query
 * time only, so changing the list needs no rebuild of the index. Immutable and thread-safe; build one per
 * region and keep it (building costs about a millisecond).
 *
 * <p>A group is an array of equivalent phrases; each phrase goes through the index's analysis chain, so any
 * word form matches and stop words and punctuation do not count.
 */
public final class Synonyms {

    /** What is wrong with a group of phrases (see {@link #check(String[])}). */
    public enum Problem {
        /** Fewer than two phrases that differ once analysed. */
        TOO_FEW_PHRASES,
        /** A phrase has no searchable word (empty, punctuation or stop words only). */
        NO_SEARCHABLE_WORD,
        /** A phrase longer than {@value #MAX_PHRASE_CHARS} characters or {@value #MAX_PHRASE_WORDS} words. */
        PHRASE_TOO_LONG,
        /** More than {@value #MAX_GROUP_PHRASES} phrases in a group. */
        TOO_MANY_PHRASES
    }

    public static final int MAX_PHRASE_CHARS = 200;
    public static final int MAX_PHRASE_WORDS = 10;
    public static final int MAX_GROUP_PHRASES = 20;

    private static final String RESOURCE = "synonyms-ru.txt";
    private static final Analyzer CHAIN = RussianAnalysis.index();
    private static final Synonyms BUILT_IN = new Synonyms(readBuiltIn());

    private final List<List<String>> groups;
    private final Analyzer queryAnalyzer;

    private Synonyms(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
        this.queryAnalyzer = RussianAnalysis.query(map(this.groups, CHAIN));
    }

    /** The built-in list. */
    public static Synonyms builtIn() {
        return BUILT_IN;
    }

    /**
     * This list and the given groups (a region's additions); the groups are checked first.
     *
     * @throws IllegalArgumentException a group has a {@link Problem}; the message names the group (from 1) and the problem
     */
    public Synonyms with(List<String[]> extra) {
        List<List<String>> all = new ArrayList<>(groups);
        for (int i = 0; i < extra.size(); i++) {
            String[] group = extra.get(i);
            Optional<Problem> problem = check(group);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("synonym group " + (i + 1) + " " + Arrays.toString(group) + ": " + problem.get());
            }
            all.add(List.of(group));
        }
        return new Synonyms(all);
    }

    /** Why the group cannot be used, or empty if it can (for the page that edits a region's list). */
    public static Optional<Problem> check(String[] group) {
        return issue(group).map(Issue::problem);
    }

    /**
     * A group's problem and where it lies, so that the page editing a region's list can say exactly what to
     * fix: {@code phrase} is the phrase at fault (null when the group as a whole is: too few or too many
     * phrases), {@code sameAs} the earlier phrase it equals once analysed (a group of word forms of one phrase).
     */
    public record Issue(Problem problem, String phrase, String sameAs) {
    }

    /** Why the group cannot be used, with the phrase at fault; empty if it can be. */
    public static Optional<Issue> issue(String[] group) {
        if (group == null || group.length < 2) {
            return Optional.of(new Issue(Problem.TOO_FEW_PHRASES, null, null));
        }
        if (group.length > MAX_GROUP_PHRASES) {
            return Optional.of(new Issue(Problem.TOO_MANY_PHRASES, null, null));
        }
        Map<List<String>, String> distinct = new LinkedHashMap<>();
        String repeated = null;
        for (String phrase : group) {
            String text = phrase == null ? "" : phrase;
            if (text.length() > MAX_PHRASE_CHARS) {
                return Optional.of(new Issue(Problem.PHRASE_TOO_LONG, text, null));
            }
            List<String> stems = analyse(text);
            if (stems.isEmpty()) {
                return Optional.of(new Issue(Problem.NO_SEARCHABLE_WORD, text, null));
            }
            if (stems.size() > MAX_PHRASE_WORDS) {
                return Optional.of(new Issue(Problem.PHRASE_TOO_LONG, text, null));
            }
            String earlier = distinct.putIfAbsent(stems, text);
            if (earlier != null && repeated == null) {
                repeated = text;
            }
        }
        if (distinct.size() < 2) {
            return Optional.of(new Issue(Problem.TOO_FEW_PHRASES, repeated, distinct.values().iterator().next()));
        }
        return Optional.empty();
    }

    /** The groups, built-in first, as given (not analysed). */
    public List<List<String>> groups() {
        return groups;
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** The synonym map of the groups, each phrase analysed by the chain (package-private: the quality test compares chains). */
    static SynonymMap map(List<List<String>> groups, Analyzer chain) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (List<String> group : groups) {
            List<CharsRef> phrases = new ArrayList<>();
            for (String phrase : group) {
                List<String> stems = analyse(phrase, chain);
                CharsRef joined = SynonymMap.Builder.join(stems.toArray(String[]::new), new CharsRefBuilder());
                if (!stems.isEmpty() && !phrases.contains(joined)) {
                    phrases.add(joined);
                }
            }
            for (CharsRef input : phrases) {
                for (CharsRef output : phrases) {
                    if (input != output) {
                        builder.add(input, output, true);
                    }
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stems of a phrase, in order. A hyphenated word counts as its parts ({@code информационно-методический}
     * as two words): a query that spells the phrase without the hyphen then matches the rule, and the parts are
     * indexed for the hyphenated form too.
     */
    static List<String> analyse(String phrase) {
        return analyse(phrase, CHAIN);
    }

    /** The same with another chain: the first token of each position. */
    static List<String> analyse(String phrase, Analyzer chain) {
        List<String> stems = new ArrayList<>();
        String unhyphenated = phrase.replace('-', ' ').replace('\u2010', ' ').replace('\u2011', ' ');
        try (TokenStream stream = chain.tokenStream("", unhyphenated)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (position.getPositionIncrement() > 0 || stems.isEmpty()) {
                    stems.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    private static List<List<String>> readBuiltIn() {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] group = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
                if (check(group).isPresent()) {
                    throw new IllegalStateException(RESOURCE + ": " + line + ": " + check(group).get());
                }
                groups.add(List.of(group));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }
}
