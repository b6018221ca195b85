package ru.portal500.shared.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Plural forms in the bundles, written as ICU writes them: {@code {0,plural,one{# школа} few{# школы} many{# школ}
 * other{# школы}}} — the branch of the number's category is kept, {@code #} standing for the number. Russian has
 * three categories for whole numbers (1, 21, 101 школа; 2–4, 22–24 школы; 0, 5–20, 25–30, 111 школ), English two.
 * A fraction takes "other" (ICU's category for it: 12,5 балла), written with the language's decimal mark; an
 * argument that is no number takes "other" too, written as it is. The rest of the pattern is left to
 * {@link java.text.MessageFormat}.
 */
public final class Plurals {

    private static final String MARK = ",plural,";

    private Plurals() {
    }

    /** ICU's category of a whole number in the language: "one", "few", "many" (Russian) or "one", "other". */
    public static String category(long number, Locale locale) {
        long n = Math.abs(number);
        if (!"ru".equals(locale.getLanguage())) {
            return n == 1 ? "one" : "other";
        }
        long lastTwo = n % 100;
        long last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return "one";
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return "few";
        }
        return "many";
    }

    /** The pattern with every plural part replaced by the branch its argument asks for. */
    public static String apply(String pattern, Locale locale, Object... arguments) {
        int start = pattern.indexOf(MARK);
        if (start < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (start >= 0) {
            int open = pattern.lastIndexOf('{', start);
            int argument = Integer.parseInt(pattern.substring(open + 1, start).strip());
            int close = closing(pattern, open);
            BigDecimal number = number(arguments[argument]);
            boolean whole = number != null && number.stripTrailingZeros().scale() <= 0;
            String category = whole ? category(number.longValue(), locale) : "other";
            String written = number == null ? String.valueOf(arguments[argument]) : written(number, locale);
            out.append(pattern, from, open)
                    .append(branch(pattern.substring(start + MARK.length(), close), category).replace("#", written));
            from = close + 1;
            start = pattern.indexOf(MARK, from);
        }
        return out.append(pattern.substring(from)).toString();
    }

    /** The argument as a number (a fraction too: "12,5"), or null when it is none. */
    private static BigDecimal number(Object argument) {
        try {
            return argument instanceof Number n ? new BigDecimal(n.toString())
                    : new BigDecimal(String.valueOf(argument).strip().replace(',', '.').replace("\u00a0", "").replace(" ", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /**
     * A number as the language writes it: the decimal mark of the language (12,5); thousands grouped from five digits
     * on, as Russian typesetting does (2027, 5000, but 12 007 and 2 000 000).
     */
    static String written(BigDecimal number, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        format.setGroupingUsed(number.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0);
        return format.format(number);
    }

    /** {@code one{…} few{…} other{…}}: the text of the category's branch, or of "other", or of "many". */
    private static String branch(String branches, String category) {
        String other = null;
        String many = null;
        int at = 0;
        while (at < branches.length()) {
            int open = branches.indexOf('{', at);
            if (open < 0) {
                break;
            }
            String name = branches.substring(at, open).strip();
            int close = closing(branches, open);
            String text = branches.substring(open + 1, close);
            if (name.equals(category)) {
                return text;
            }
            other = "other".equals(name) ? text : other;
            many = "many".equals(name) ? text : many;
            at = close + 1;
        }
        if (other == null && many == null) {
            throw new IllegalArgumentException("No plural branch for " + category + " in " + branches);
        }
        return other != null ? other : many;
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced braces in " + text);
    }
}
