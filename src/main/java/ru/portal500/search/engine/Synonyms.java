package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
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
import java.util.Collections;
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
 *
 * <p>Beside the equivalences, the domain {@link Thesaurus}: concepts written in other words, whose other phrases
 * a query finds too but weighed {@link #THESAURUS_WEIGHT} (a synonym counts less than the word typed). Both go
 * into one synonym map (one {@code SynonymGraphFilter}); the thesaurus's outputs are marked there and the
 * {@link ThesaurusWeightFilter} after it turns the mark into a token boost.
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

    /**
     * How much a word found through the {@link Thesaurus} counts beside a word typed (the abbreviations and a
     * region's groups count fully): chosen by nDCG@10 on the tuning set ({@code SearchQualityTest} prints the
     * weights it was chosen among).
     */
    public static final float THESAURUS_WEIGHT = 0.5f;

    private static final String RESOURCE = "synonyms-ru.txt";
    private static final Analyzer CHAIN = RussianAnalysis.index();

    private final List<List<String>> groups;
    private final int builtInGroups;
    private final Thesaurus thesaurus;
    private final float thesaurusWeight;
    private final Analyzer queryAnalyzer;

    private Synonyms(List<List<String>> groups, int builtInGroups, Thesaurus thesaurus, float thesaurusWeight) {
        if (!(thesaurusWeight > 0f && thesaurusWeight <= 1f)) {
            throw new IllegalArgumentException("thesaurus weight " + thesaurusWeight + " not in (0, 1]");
        }
        this.groups = List.copyOf(groups);
        this.builtInGroups = builtInGroups;
        this.thesaurus = thesaurus;
        this.thesaurusWeight = thesaurusWeight;
        this.queryAnalyzer = weighing(RussianAnalysis.query(map(this.groups, thesaurus.groups(), CHAIN)), thesaurusWeight);
    }

    /** The built-in list and the built-in thesaurus. */
    public static Synonyms builtIn() {
        return BuiltIn.SYNONYMS;
    }

    /** Built on first use (the thesaurus checks its groups with {@link #issue}, which needs this class ready). */
    private static final class BuiltIn {
        static final Synonyms SYNONYMS;

        static {
            List<List<String>> groups = readBuiltIn();
            SYNONYMS = new Synonyms(groups, groups.size(), Thesaurus.builtIn(), THESAURUS_WEIGHT);
        }
    }

    /** The same lists with another weight of the thesaurus (to measure it). */
    Synonyms withThesaurusWeight(float weight) {
        return new Synonyms(groups, builtInGroups, thesaurus, weight);
    }

    /** The same lists with another thesaurus (to measure one). */
    Synonyms withThesaurus(Thesaurus other) {
        return new Synonyms(groups, builtInGroups, other, thesaurusWeight);
    }

    /** The same lists without the thesaurus (to measure what it brings). */
    Synonyms withoutThesaurus() {
        return new Synonyms(groups, builtInGroups, Thesaurus.empty(), thesaurusWeight);
    }

    /** The thesaurus this search uses. */
    public Thesaurus thesaurus() {
        return thesaurus;
    }

    public float thesaurusWeight() {
        return thesaurusWeight;
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
        return new Synonyms(all, builtInGroups, thesaurus, thesaurusWeight);
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

    /** The groups, built-in first, as given (not analysed); the thesaurus is apart ({@link #thesaurus()}). */
    public List<List<String>> groups() {
        return groups;
    }

    /** Where a group that a query matched comes from. */
    public enum Origin {
        /** The built-in abbreviations ({@code synonyms-ru.txt}): equivalences. */
        ABBREVIATIONS,
        /** A region's operator's group: an equivalence. */
        REGION,
        /** The domain thesaurus: its other phrases count {@link #thesaurusWeight()}. */
        THESAURUS
    }

    /**
     * A group one of whose phrases a query contains: the phrase as the group spells it, all the group's phrases,
     * where it comes from, its source (a thesaurus group's citation; {@code null} otherwise) and the weight of
     * the other phrases.
     */
    public record Matched(String phrase, List<String> phrases, Origin origin, String source, float weight) {
    }

    /**
     * The groups whose phrases the query contains (word forms, stop words and hyphens as the search treats them):
     * what the search added to the words typed, for the page that explains a search.
     */
    public List<Matched> matched(String query) {
        List<String> words = analyse(query == null ? "" : query);
        List<Matched> found = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<String> group = groups.get(i);
            Origin origin = i < builtInGroups ? Origin.ABBREVIATIONS : Origin.REGION;
            contained(words, group).ifPresent(phrase -> found.add(new Matched(phrase, group, origin, null, 1f)));
        }
        for (Thesaurus.Group group : thesaurus.groups()) {
            contained(words, group.phrases()).ifPresent(phrase ->
                    found.add(new Matched(phrase, group.phrases(), Origin.THESAURUS, group.source(), thesaurusWeight)));
        }
        return found;
    }

    /** The longest phrase of the group whose stems come one after another among the query's. */
    private static Optional<String> contained(List<String> words, List<String> phrases) {
        String best = null;
        int bestLength = 0;
        for (String phrase : phrases) {
            List<String> stems = analyse(phrase);
            if (stems.size() > bestLength && Collections.indexOfSubList(words, stems) >= 0) {
                best = phrase;
                bestLength = stems.size();
            }
        }
        return Optional.ofNullable(best);
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** The synonym map of the groups, each phrase analysed by the chain (package-private: the quality test compares chains). */
    static SynonymMap map(List<List<String>> groups, Analyzer chain) {
        return map(groups, List.of(), chain);
    }

    /**
     * The synonym map of the groups (equivalences) and of the thesaurus, each phrase analysed by the chain. A phrase
     * the thesaurus puts in has each stem marked ({@link ThesaurusWeightFilter#MARK}) so that the query side weighs
     * it; where a group and the thesaurus lead from one phrase to the same other, the group's equivalence wins.
     */
    static SynonymMap map(List<List<String>> groups, List<Thesaurus.Group> thesaurus, Analyzer chain) {
        Map<List<String>, Map<List<String>, Boolean>> rules = new LinkedHashMap<>();
        for (List<String> group : groups) {
            addRules(rules, stemsOf(group, chain), false);
        }
        for (Thesaurus.Group group : thesaurus) {
            addRules(rules, stemsOf(group.phrases(), chain), true);
        }
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        rules.forEach((input, outputs) -> outputs.forEach((output, weighed) -> builder.add(joined(input, false), joined(output, weighed), true)));
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct stem sequences of a group's phrases, in order. */
    private static List<List<String>> stemsOf(List<String> group, Analyzer chain) {
        List<List<String>> phrases = new ArrayList<>();
        for (String phrase : group) {
            List<String> stems = analyse(phrase, chain);
            if (!stems.isEmpty() && !phrases.contains(stems)) {
                phrases.add(stems);
            }
        }
        return phrases;
    }

    /** Each phrase leads to each other one; an equivalence already there stays one. */
    private static void addRules(Map<List<String>, Map<List<String>, Boolean>> rules, List<List<String>> phrases, boolean weighed) {
        for (List<String> input : phrases) {
            for (List<String> output : phrases) {
                if (!input.equals(output)) {
                    rules.computeIfAbsent(input, k -> new LinkedHashMap<>()).merge(output, weighed, (was, now) -> was && now);
                }
            }
        }
    }

    private static CharsRef joined(List<String> stems, boolean marked) {
        String[] words = stems.stream().map(s -> marked ? ThesaurusWeightFilter.MARK + s : s).toArray(String[]::new);
        return SynonymMap.Builder.join(words, new CharsRefBuilder());
    }

    /** The query side's analyzer followed by the filter that weighs the thesaurus's words. */
    private static Analyzer weighing(Analyzer query, float weight) {
        return new AnalyzerWrapper(query.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return query;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(), new ThesaurusWeightFilter(components.getTokenStream(), weight));
            }
        };
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
