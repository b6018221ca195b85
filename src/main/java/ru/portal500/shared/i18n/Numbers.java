package ru.portal500.shared.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as people read them, in the portal's languages: rounded half up to a few decimals, the language's decimal
 * separator (a comma in Russian), no grouping, no exponent. For pages ({@link Formats}), PDFs and workbooks alike.
 */
public final class Numbers {

    private Numbers() {
    }

    /** A number with at most {@code decimals} decimals: (ru, 16.66666666666667, 1) → "16,7"; (ru, 2.50, 2) → "2,5". */
    public static String decimal(Locale locale, BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Texts.supported(locale)));
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        // -0,04 rounds to "-0": a sign before nothing is noise.
        return text.matches("-0([.,]0*)?") ? text.substring(1) : text;
    }

    /** Points and other numbers: at most two decimals; empty for none. */
    public static String points(Locale locale, BigDecimal value) {
        return value == null ? "" : decimal(locale, value, 2);
    }

    /** A percentage (already × 100) or percentage points: at most one decimal, no sign; empty for none. */
    public static String percentValue(Locale locale, BigDecimal percent) {
        return percent == null ? "" : decimal(locale, percent, 1);
    }

    /** A percentage with its sign: (ru, 16.66666666666667) → "16,7 %"; empty for none. */
    public static String percent(Locale locale, BigDecimal percent) {
        return percent == null ? "" : percentValue(locale, percent) + " %";
    }

    /** The decimal separator of the language: "," in Russian, "." in English. */
    public static char decimalSeparator(Locale locale) {
        return DecimalFormatSymbols.getInstance(Texts.supported(locale)).getDecimalSeparator();
    }
}
