package ru.portal500.search.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Russian word written in Latin letters, read back in Cyrillic by sound: the ways people actually write it (passport
 * and GOST schemes, and the informal ones of chats and e-mail addresses), not one standard. A Latin spelling is
 * ambiguous ({@code y} is ы, й or и; {@code ts} is ц or тс as in {@code detstvo}; {@code e} is е or э; a soft sign is
 * written {@code '} or not at all; {@code ia} is ия or иа; {@code iya} is и + я), so {@link #readings(String)} gives
 * the likely readings of every way to split the word into spellings, the most usual first: the index's vocabulary
 * chooses among them ({@link QueryReadings}).
 *
 * <p>The scheme, longest spelling first: {@code shch sch} → щ; {@code zh} → ж; {@code kh} → х; {@code ch tch} → ч;
 * {@code sh} → ш; {@code ts tz} → ц; {@code ya ja ia} → я; {@code yu ju iu} → ю; {@code yo jo} → ё; {@code ye je} → е;
 * {@code yi iy yy ii ij yj} → ый/ий (endings); {@code '} → ь, {@code ''} → ъ; {@code ph} → ф; {@code x} → кс;
 * {@code h} → х; {@code c} → ц or к; {@code w} → в; {@code q} → к; {@code j} → й; {@code y} → ы or й; {@code l} before a
 * consonant → л or ль ({@code shkolnyi}); the other letters one to one. Capitals are kept: {@code VPR} → ВПР,
 * {@code Moskva} → Москва.
 */
final class Transliteration {

    /** At most this many readings of a word (the most usual first). */
    static final int MAX_READINGS = 24;
    private static final int BEAM = 64;

    /** Latin spellings, longest first, each with its Cyrillic readings, the most usual first. */
    private static final Map<String, String[]> RULES = new LinkedHashMap<>();
    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";
    /** Spellings of the adjective endings -ый/-ий, which stand at the end of a word or before a consonant. */
    private static final java.util.Set<String> ENDINGS = java.util.Set.of("yi", "iy", "yy", "ii", "ij", "yj");

    static {
        rule("shch", "щ");
        rule("sch", "щ", "сч", "ш");
        rule("tch", "ч", "тч");
        rule("''", "ъ");
        rule("zh", "ж");
        rule("kh", "х", "кх");
        rule("ch", "ч");
        rule("sh", "ш", "сх");
        rule("ts", "ц", "тс");
        rule("tz", "ц");
        rule("ph", "ф");
        rule("ck", "к");
        rule("yo", "ё", "йо");
        rule("jo", "ё", "йо");
        rule("ya", "я", "ья", "ъя", "йа");
        rule("ja", "я", "ья");
        rule("ia", "ия", "иа", "я", "ья");
        rule("yu", "ю", "ью", "ъю");
        rule("ju", "ю", "ью");
        rule("iu", "ию", "иу", "ю", "ью");
        rule("ye", "е", "ье", "ъе", "ые");
        rule("je", "е", "ье", "ъе");
        rule("yi", "ый", "ий", "ыи");
        rule("iy", "ий", "ый");
        rule("yy", "ый", "ий");
        rule("ii", "ий", "ии");
        rule("ij", "ий", "ый");
        rule("yj", "ый", "ий");
        rule("'", "ь", "ъ");
        rule("a", "а");
        rule("b", "б");
        rule("c", "ц", "к", "с");
        rule("d", "д");
        rule("e", "е", "э");
        rule("f", "ф");
        rule("g", "г");
        rule("h", "х");
        rule("i", "и", "й", "ы");
        rule("j", "й", "дж", "ж");
        rule("k", "к");
        rule("l", "л");
        rule("m", "м");
        rule("n", "н");
        rule("o", "о");
        rule("p", "п");
        rule("q", "к");
        rule("r", "р");
        rule("s", "с");
        rule("t", "т");
        rule("u", "у");
        rule("v", "в");
        rule("w", "в");
        rule("x", "кс", "х");
        rule("y", "ы", "й", "и");
        rule("z", "з");
    }

    private Transliteration() {
    }

    private static void rule(String latin, String... cyrillic) {
        RULES.put(latin, cyrillic);
    }

    /** Whether the word is Latin letters (and apostrophes, digits), with at least one letter: something to read back. */
    static boolean isLatin(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                letter = true;
            } else if (c != '\'' && !Character.isDigit(c)) {
                return false;
            }
        }
        return letter;
    }

    /** The likely Cyrillic readings of a Latin word, the most usual first; empty when it is not {@link #isLatin Latin}. */
    static List<String> readings(String word) {
        if (!isLatin(word)) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        // every way to split the word into spellings, a reading of each; the longest spelling and its most usual
        // reading cost nothing, each step away from them costs one: the cheapest readings are kept
        List<List<Partial>> at = new ArrayList<>();
        for (int i = 0; i <= lower.length(); i++) {
            at.add(new ArrayList<>());
        }
        at.get(0).add(new Partial("", 0));
        for (int i = 0; i < lower.length(); i++) {
            List<Partial> here = at.get(i);
            if (here.isEmpty()) {
                continue;
            }
            here.sort(Comparator.comparingInt(Partial::cost));
            List<Partial> kept = here.size() > BEAM ? here.subList(0, BEAM) : here;
            List<String> spellings = spellingsAt(lower, i);
            if (spellings.isEmpty()) {
                String same = lower.substring(i, i + 1);
                for (Partial partial : kept) {
                    at.get(i + 1).add(new Partial(partial.text() + same, partial.cost()));
                }
                continue;
            }
            for (int s = 0; s < spellings.size(); s++) {
                String spelling = spellings.get(s);
                int next = i + spelling.length();
                List<String> options = new ArrayList<>(List.of(RULES.get(spelling)));
                if ("l".equals(spelling) && next < lower.length() && CONSONANTS.indexOf(lower.charAt(next)) >= 0) {
                    options.add("ль");
                }
                int penalty = s == 0 ? 0 : 1;
                for (Partial partial : kept) {
                    for (int o = 0; o < options.size(); o++) {
                        at.get(next).add(new Partial(partial.text() + options.get(o), partial.cost() + penalty + o));
                    }
                }
            }
        }
        List<Partial> beam = at.get(lower.length());
        beam.sort(Comparator.comparingInt(Partial::cost));
        List<String> out = new ArrayList<>();
        for (Partial partial : beam) {
            String reading = casedAs(word, partial.text());
            if (!out.contains(reading) && out.size() < MAX_READINGS) {
                out.add(reading);
            }
        }
        return out;
    }

    private record Partial(String text, int cost) {
    }

    /** The spellings that start at this place, longest first; an ending ({@code yi iy…}) only before a consonant or at the end. */
    private static List<String> spellingsAt(String word, int at) {
        List<String> spellings = new ArrayList<>();
        for (String spelling : RULES.keySet()) {
            if (word.startsWith(spelling, at)) {
                int next = at + spelling.length();
                boolean ending = ENDINGS.contains(spelling);
                if (!ending || next == word.length() || CONSONANTS.indexOf(word.charAt(next)) >= 0) {
                    spellings.add(spelling);
                }
            }
        }
        return spellings;
    }

    /** All capitals ({@code VPR}) stay capitals, a capital first letter stays one. */
    private static String casedAs(String typed, String reading) {
        long letters = typed.chars().filter(Character::isLetter).count();
        boolean allCapitals = letters > 1 && typed.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (allCapitals) {
            return reading.toUpperCase(Locale.ROOT);
        }
        if (!typed.isEmpty() && Character.isUpperCase(typed.charAt(0))) {
            return reading.substring(0, 1).toUpperCase(Locale.ROOT) + reading.substring(1);
        }
        return reading;
    }
}
