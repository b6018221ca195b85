package ru.portal500.search.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a user typed, read as words — never as Lucene syntax. Quoted text ({@code "…"}, {@code «…»}) is a
 * phrase; a word ending in {@code *} with at least {@value SearchRequest#MIN_PREFIX_CHARS} letters is a prefix;
 * everything else is words. Operators ({@code AND}, {@code OR}, {@code NOT}, {@code +word}, {@code -word}, {@code ^},
 * {@code ~}) and field syntax are ignored and named; brackets, slashes, colons and lone dashes of ordinary text
 * («ШНОР/ШССУ», «школы - кураторы») only break words. The text is cut at
 * {@value SearchRequest#MAX_QUERY_CHARS} characters and {@value SearchRequest#MAX_QUERY_WORDS} words; at most
 * {@value #MAX_PREFIXES} prefixes count. Whatever was not taken as typed is named in {@link #notices()}, and a cut in
 * {@link #cut()} (how long the query was, how much of it is searched, where that part ends).
 *
 * @param text     the query as searched (possibly cut)
 * @param words    the plain words, in order
 * @param phrases  the quoted phrases
 * @param prefixes the prefixes (without the {@code *})
 * @param cut      how the query was cut, when it was too long ({@link QueryNotice#TRUNCATED})
 */
record UserQuery(String text, List<String> words, List<String> phrases, List<String> prefixes, Set<QueryNotice> notices,
                 Optional<QueryCut> cut) {

    static final int MAX_PREFIXES = 3;

    private static final String QUOTES = "\"«»“”„";
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "!");
    /** Lucene's boost and fuzziness: only a person who means an operator types them. */
    private static final String OPERATOR_MARKS = "^~";
    /** Brackets, slashes and colons of ordinary text («ШНОР/ШССУ», «(ИРО)», «цели: …»): word breaks, no notice. */
    private static final String BREAKS = "()[]{}:\\/";
    /** A Lucene field ({@code title:программа}): a Latin name glued to a colon and a word. */
    private static final Pattern FIELD = Pattern.compile("^[A-Za-z_]+:[^\\s:]");
    /** A lone dash or plus between words («школы - кураторы») is punctuation. */
    private static final Pattern DASHES = Pattern.compile("[+\\-\u2010-\u2015]+");

    boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty() && prefixes.isEmpty();
    }

    static UserQuery parse(String raw) {
        Set<QueryNotice> notices = EnumSet.noneOf(QueryNotice.class);
        String typed = raw == null ? "" : raw.replaceAll("\\p{Cntrl}", " ").strip();
        String text = cut(typed, notices);
        QueryCut cut = text.length() < typed.length()
                ? QueryCut.of(QueryCut.Limit.CHARACTERS, typed.codePointCount(0, typed.length()), text.codePointCount(0, text.length()), text)
                : null;
        String[] typedWords = text.isEmpty() ? new String[0] : text.split("\\s+");
        if (typedWords.length > SearchRequest.MAX_QUERY_WORDS) {
            // the words beyond the limit, cut off the text too: what is searched is the beginning of what was typed
            java.util.regex.Matcher word = Pattern.compile("\\S+").matcher(text);
            int end = 0;
            for (int n = 0; n < SearchRequest.MAX_QUERY_WORDS && word.find(); n++) {
                end = word.end();
            }
            text = text.substring(0, end);
            notices.add(QueryNotice.TRUNCATED);
            cut = QueryCut.of(QueryCut.Limit.WORDS, cut == null ? typedWords.length : typed.split("\\s+").length,
                    SearchRequest.MAX_QUERY_WORDS, text);
        }
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        Budget budget = new Budget();
        int i = 0;
        StringBuilder loose = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                int close = nextQuote(text, i + 1);
                if (close < 0) {
                    notices.add(QueryNotice.UNBALANCED_QUOTE);
                    loose.append(' ');
                    i++;
                    continue;
                }
                String phrase = text.substring(i + 1, close).strip();
                List<String> phraseWords = take(phrase.split("\\s+"), budget, notices);
                if (!phraseWords.isEmpty() && !phraseWords.get(0).isEmpty()) {
                    phrases.add(String.join(" ", phraseWords).replace('*', ' ').replace('?', ' '));
                }
                loose.append(' ');
                i = close + 1;
            } else {
                loose.append(c);
                i++;
            }
        }
        for (String token : loose.toString().strip().split("\\s+")) {
            readToken(token, words, prefixes, budget, notices);
        }
        if (text.isEmpty()) {
            notices.add(QueryNotice.EMPTY_QUERY);
        }
        if (cut == null && notices.contains(QueryNotice.TRUNCATED)) {
            // words split apart by signs («ШНОР/ШССУ») passed the limit: the searched ones are the first of them
            cut = QueryCut.of(QueryCut.Limit.WORDS, budget.seen, SearchRequest.MAX_QUERY_WORDS, budget.last);
        }
        return new UserQuery(text, List.copyOf(words), List.copyOf(phrases), List.copyOf(prefixes), Set.copyOf(notices),
                Optional.ofNullable(cut));
    }

    private static void readToken(String token, List<String> words, List<String> prefixes, Budget budget,
                                  Set<QueryNotice> notices) {
        if (token.isEmpty()) {
            return;
        }
        if (OPERATORS.contains(token)) {
            notices.add(QueryNotice.OPERATORS_IGNORED);
            return;
        }
        if (DASHES.matcher(token).matches()) {
            return;
        }
        String t = token;
        if (t.startsWith("+") || t.startsWith("-") || t.startsWith("!")) {
            notices.add(QueryNotice.OPERATORS_IGNORED);
            t = t.replaceFirst("^[+!\\-]+", "");
        }
        if (FIELD.matcher(t).find()) {
            notices.add(QueryNotice.OPERATORS_IGNORED);
        }
        StringBuilder clean = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            if (OPERATOR_MARKS.indexOf(c) >= 0) {
                notices.add(QueryNotice.OPERATORS_IGNORED);
                clean.append(' ');
            } else if (BREAKS.indexOf(c) >= 0) {
                clean.append(' ');
            } else {
                clean.append(c);
            }
        }
        for (String part : clean.toString().strip().split("\\s+")) {
            if (part.isEmpty() || take(new String[]{part}, budget, notices).isEmpty()) {
                continue;
            }
            if (part.endsWith("*")) {
                String core = part.replaceAll("\\*+$", "").replace('*', ' ').replace('?', ' ').strip();
                if (letters(core) >= SearchRequest.MIN_PREFIX_CHARS && prefixes.size() < MAX_PREFIXES && !core.contains(" ")) {
                    prefixes.add(core);
                    continue;
                }
                notices.add(QueryNotice.WILDCARD_TOO_SHORT);
                part = core;
            }
            String word = part.replace('*', ' ').replace('?', ' ').strip();
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
    }

    /** The words a query may still take, how many it offered and the last it took. */
    private static final class Budget {
        int left = SearchRequest.MAX_QUERY_WORDS;
        int seen;
        String last = "";
    }

    /** Takes words within the budget of {@link SearchRequest#MAX_QUERY_WORDS}; notes a cut. */
    private static List<String> take(String[] candidates, Budget budget, Set<QueryNotice> notices) {
        List<String> taken = new ArrayList<>();
        for (String w : candidates) {
            if (w.isEmpty()) {
                continue;
            }
            budget.seen++;
            if (budget.left == 0) {
                notices.add(QueryNotice.TRUNCATED);
                continue;
            }
            budget.left--;
            budget.last = w;
            taken.add(w);
        }
        return taken;
    }

    private static String cut(String text, Set<QueryNotice> notices) {
        if (text.length() <= SearchRequest.MAX_QUERY_CHARS) {
            return text;
        }
        notices.add(QueryNotice.TRUNCATED);
        int end = SearchRequest.MAX_QUERY_CHARS;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        return text.substring(0, space > end / 2 ? space : end).strip();
    }

    private static int nextQuote(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            if (QUOTES.indexOf(text.charAt(j)) >= 0) {
                return j;
            }
        }
        return -1;
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
