package ru.portal500.shared.i18n;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {

    private static final Locale RU = Texts.RUSSIAN;

    @Test
    void percentagesAreRoundedToOneDecimalWithTheLanguagesSeparator() {
        assertEquals("16,7 %", Numbers.percent(RU, new BigDecimal("16.66666666666667")));
        assertEquals("22,9 %", Numbers.percent(RU, new BigDecimal("22.91666666666667")));
        assertEquals("16.7 %", Numbers.percent(Locale.ENGLISH, new BigDecimal("16.66666666666667")));
        assertEquals("80 %", Numbers.percent(RU, new BigDecimal("80.000")), "no trailing zero");
        assertEquals("0,1 %", Numbers.percent(RU, new BigDecimal("0.05")), "half up");
        assertEquals("0 %", Numbers.percent(RU, new BigDecimal("-0.04")), "no minus before zero");
        assertEquals("100 %", Numbers.percent(RU, new BigDecimal("99.96")));
        assertEquals("", Numbers.percent(RU, null));
        assertEquals("22,9", Numbers.percentValue(RU, new BigDecimal("22.91666666666667")));
    }

    @Test
    void pointsKeepTwoDecimalsAtMostAndNeverAnExponent() {
        assertEquals("5,5", Numbers.points(RU, new BigDecimal("5.50")));
        assertEquals("24", Numbers.points(RU, new BigDecimal("2.4E+1")));
        assertEquals("0,33", Numbers.points(RU, new BigDecimal("0.3333333333333333")));
        assertEquals("1234567", Numbers.points(RU, new BigDecimal("1234567")), "no grouping");
        assertEquals("1.5", Numbers.points(Locale.ENGLISH, new BigDecimal("1.5")));
        assertEquals("1,5", Numbers.points(Locale.GERMAN, new BigDecimal("1.5")), "an unsupported language: Russian");
        assertEquals(',', Numbers.decimalSeparator(RU));
        assertEquals('.', Numbers.decimalSeparator(Locale.ENGLISH));
    }
}
