package ru.portal500.search.engine;

/**
 * The two layouts of a Russian keyboard, key by key: what a word typed with the wrong one switched on reads as in
 * the other ({@code ryjgrf} → {@code кнопка}, {@code j,extybt} → {@code обучение}, {@code [jhjij} → {@code хорошо};
 * and back: {@code Ьщщвду} → {@code Moodle}). The standard ЙЦУКЕН layout over US QWERTY, with Shift: every key that
 * gives a Russian letter (including {@code ` [ ] ; ' , .} and their shifted {@code ~ { } : " < >}) and the keys
 * whose signs move ({@code / ?} and the shifted digits {@code @ # $ ^ &}).
 */
final class KeyboardLayout {

    private static final String LATIN =
            "`qwertyuiop[]asdfghjkl;'zxcvbnm,./" + "~QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?" + "@#$^&";
    private static final String RUSSIAN =
            "ёйцукенгшщзхъфывапролджэячсмитьбю." + "ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ," + "\"№;:?";

    static {
        if (LATIN.length() != RUSSIAN.length()) {
            throw new IllegalStateException("the two layouts differ in length");
        }
    }

    private KeyboardLayout() {
    }

    /** The text as it reads in the Russian layout: each key typed in the Latin one replaced by that key's Russian sign. */
    static String toRussian(String typed) {
        return map(typed, LATIN, RUSSIAN);
    }

    /** The text as it reads in the Latin layout (a Latin word typed with the Russian layout on). */
    static String toLatin(String typed) {
        return map(typed, RUSSIAN, LATIN);
    }

    /** Whether the word has a character that a key of the Latin layout gives and that reads as a Russian letter. */
    static boolean hasLatinKey(String word) {
        for (int i = 0; i < word.length(); i++) {
            int at = LATIN.indexOf(word.charAt(i));
            if (at >= 0 && Character.isLetter(RUSSIAN.charAt(at))) {
                return true;
            }
        }
        return false;
    }

    private static String map(String text, String from, String to) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = from.indexOf(c);
            out.append(at < 0 ? c : to.charAt(at));
        }
        return out.toString();
    }
}
