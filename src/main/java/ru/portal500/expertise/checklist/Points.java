package ru.portal500.expertise.checklist;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Arithmetic of points: one canonical form of a number (2.0 equals 2), one precision for quotients. */
final class Points {

    /** Quotients (shares, means, deviations): 16 significant digits, like a double but decimal. */
    static final MathContext PRECISION = MathContext.DECIMAL64;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Points() {
    }

    /** 2.50 → 2.5, 10.0 → 10 (never 1E+1): equal numbers are equal records and print the same in JSON. */
    static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return canonical(dividend.divide(divisor, PRECISION));
    }

    static BigDecimal percentOf(BigDecimal whole, BigDecimal percent) {
        return canonical(whole.multiply(percent).divide(HUNDRED, PRECISION));
    }
}
