package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another reading of a query whose words find nothing as typed: the same keys in the other layout of the keyboard
 * ({@link KeyboardLayout}), or Latin letters read back by sound ({@link Transliteration}). The index's vocabulary
 * decides, word by word (each whitespace-separated word of the query, so that {@code j,extybt} and {@code [jhjij} are
 * read whole, their {@code , [} being letters in the other layout):
 * <ul>
 *     <li>a word that finds an allowed item as typed stays as typed: a Latin word the items contain ({@code Python},
 *     {@code Moodle}, {@code PISA}) is never rewritten;</li>
 *     <li>a word with Latin letters (or the signs that are Russian letters on the same keys) that finds nothing is
 *     read in the Russian layout and transliterated; of the readings that find allowed items, the one that finds the
 *     most wins (an abbreviation typed in Latin, {@code VPR}, becomes {@code ВПР} and finds what ВПР finds);</li>
 *     <li>a word mixing Cyrillic and Latin letters is read in the Russian layout ({@code кноgrf} → {@code кнопка}) or with
 *     its Latin look-alike letters made Cyrillic ({@code шкoла} with a Latin o);</li>
 *     <li>when the whole query finds nothing, a Cyrillic word that finds nothing is also read in the Latin layout
 *     ({@code Ьщщвду} → {@code Moodle});</li>
 *     <li>a word of one or two letters ({@code d}, {@code yf}) or whose reading is only a stop word ({@code yf} →
 *     {@code на}) follows the words around it: it is read the same way when another word of the query was.</li>
 * </ul>
 * Every check is made on the caller's allowed items only, like "did you mean" ({@link SpellCorrection}): a reading that
 * only items the caller may not open contain is never offered.
 */
final class QueryReadings {

    /** At most this many words of a query are read otherwise (the rest stay as typed). */
    static final int MAX_WORDS_READ = 8;
    /** A word shorter than this ({@code d}, {@code yf}) is read otherwise only the way the query's longer words were. */
    static final int MIN_LETTERS_ALONE = 3;
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "!");
    /** Signs that stand around a word (quotes, brackets, operators, the prefix star) and are kept as they are. */
    private static final String LEADING = "«„“\"(+-!";
    private static final String TRAILING = "»”\")*!?";
    private static final String LATIN_LOOKALIKES = "aAcCeEoOpPxXyKkMHTB";
    private static final String CYRILLIC_LOOKALIKES = "аАсСеЕоОрРхХуКкМНТВ";

    private enum Way {
        LAYOUT, TRANSLITERATION
    }

    private record Candidate(String text, Way way) {
    }

    /** A word of the query: its place, the signs around it and its core. */
    private record Word(int start, int end, String before, String core, String after) {
    }

    private QueryReadings() {
    }

    /**
     * The query read otherwise, or empty when every word stays as typed.
     *
     * @param text               the query as typed (cut, without control characters: {@link UserQuery#text()})
     * @param wholeFoundNothing  whether the query as typed finds no allowed item
     */
    static Optional<QueryReading> read(IndexSearcher searcher, String text, Analyzer analyzer, Set<String> allowedKeys,
                                       boolean wholeFoundNothing) throws IOException {
        List<Word> words = words(text);
        List<Map<Way, Found>> found = new ArrayList<>();
        List<Map<Way, String>> neutral = new ArrayList<>();
        int read = 0;
        for (Word word : words) {
            Map<Way, Found> best = new EnumMap<>(Way.class);
            Map<Way, String> stopWords = new EnumMap<>(Way.class);
            found.add(best);
            neutral.add(stopWords);
            List<Candidate> candidates = read < MAX_WORDS_READ ? candidates(word.core(), wholeFoundNothing) : List.of();
            if (candidates.isEmpty()) {
                continue;
            }
            read++;
            Query asTyped = SpellCorrection.wordQuery(word.core(), analyzer, BooleanClause.Occur.MUST);
            if (asTyped != null && AccessFilter.anyMatch(searcher, asTyped, allowedKeys)) {
                continue;
            }
            for (Candidate candidate : candidates) {
                Query query = SpellCorrection.wordQuery(candidate.text(), analyzer, BooleanClause.Occur.MUST);
                if (query == null) {
                    if (hasLetter(candidate.text())) {
                        stopWords.putIfAbsent(candidate.way(), candidate.text());
                    }
                } else if (AccessFilter.anyMatch(searcher, query, allowedKeys)) {
                    long count = searcher.count(AccessFilter.restrict(query, allowedKeys));
                    Found before = best.get(candidate.way());
                    if (before == null || count > before.count()) {
                        best.put(candidate.way(), new Found(candidate.text(), count));
                    }
                }
            }
        }
        // words of three or more letters choose their reading; shorter ones only follow the way the others were read
        String[] chosen = new String[words.size()];
        Set<Way> used = EnumSet.noneOf(Way.class);
        for (int i = 0; i < words.size(); i++) {
            if (letters(words.get(i).core()) >= MIN_LETTERS_ALONE) {
                Found winner = found.get(i).values().stream().max(Comparator.comparingLong(Found::count)).orElse(null);
                if (winner != null) {
                    chosen[i] = winner.text();
                    used.add(found.get(i).entrySet().stream().filter(e -> e.getValue() == winner).findFirst().orElseThrow().getKey());
                }
            }
        }
        if (used.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < words.size(); i++) {
            for (Way way : used) {
                if (chosen[i] == null && letters(words.get(i).core()) < MIN_LETTERS_ALONE && found.get(i).containsKey(way)) {
                    chosen[i] = found.get(i).get(way).text();
                }
                if (chosen[i] == null && neutral.get(i).containsKey(way)) {
                    chosen[i] = neutral.get(i).get(way);
                }
            }
        }
        StringBuilder searched = new StringBuilder();
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (chosen[i] != null) {
                searched.append(text, at, word.start()).append(word.before()).append(chosen[i]).append(word.after());
                at = word.end();
            }
        }
        searched.append(text.substring(at));
        QueryReading.How how = used.size() > 1 ? QueryReading.How.MIXED
                : used.contains(Way.LAYOUT) ? QueryReading.How.KEYBOARD_LAYOUT : QueryReading.How.TRANSLITERATION;
        return Optional.of(new QueryReading(text, searched.toString(), how));
    }

    private record Found(String text, long count) {
    }

    private static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetter).count();
    }

    /** The other readings of a word, the likeliest first; none for a word that has no other reading. */
    static List<String> readings(String word, boolean wholeFoundNothing) {
        return candidates(word, wholeFoundNothing).stream().map(Candidate::text).toList();
    }

    private static List<Candidate> candidates(String core, boolean wholeFoundNothing) {
        List<Candidate> out = new ArrayList<>();
        if (core.isEmpty() || OPERATORS.contains(core)) {
            return out;
        }
        boolean latin = KeyboardLayout.hasLatinKey(core);
        boolean cyrillic = core.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
        if (latin && cyrillic) {
            add(out, lookalikes(core), Way.LAYOUT);
        }
        if (latin) {
            add(out, KeyboardLayout.toRussian(core), Way.LAYOUT);
            for (String reading : Transliteration.readings(core)) {
                add(out, reading, Way.TRANSLITERATION);
            }
        } else if (cyrillic && wholeFoundNothing && core.codePoints().allMatch(Character::isLetter)) {
            add(out, KeyboardLayout.toLatin(core), Way.LAYOUT);
        }
        return out;
    }

    private static void add(List<Candidate> candidates, String text, Way way) {
        if (text != null && candidates.stream().noneMatch(c -> c.text().equals(text))) {
            candidates.add(new Candidate(text, way));
        }
    }

    /** The word with its Latin letters that look like Cyrillic ones made Cyrillic, or null when some Latin letter has no twin. */
    static String lookalikes(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int at = LATIN_LOOKALIKES.indexOf(c);
            if (at >= 0) {
                out.append(CYRILLIC_LOOKALIKES.charAt(at));
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return null;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String token = matcher.group();
            int from = 0;
            int to = token.length();
            while (from < to && LEADING.indexOf(token.charAt(from)) >= 0) {
                from++;
            }
            while (to > from && TRAILING.indexOf(token.charAt(to - 1)) >= 0) {
                to--;
            }
            words.add(new Word(matcher.start(), matcher.end(), token.substring(0, from), token.substring(from, to),
                    token.substring(to)));
        }
        return words;
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
