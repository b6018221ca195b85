package ru.portal500.shared.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    private final Formats formats = new Formats();

    FormatsTest() {
        formats.language = () -> Texts.RUSSIAN;
    }

    @Test
    void datesTimesSizesAndSchoolYearsAsRussianReadersExpect() {
        assertEquals("30.04.2026", formats.date(LocalDate.parse("2026-04-30")));
        assertEquals("01.03.2026 12:00", formats.time(Instant.parse("2026-03-01T09:00:00Z")), "Moscow time");
        assertEquals("", formats.time(null));
        assertEquals("2025/26", formats.schoolYear(2026));
        assertEquals("512 Б", formats.size(512));
        assertEquals("5,0 МБ", formats.size(5 * 1024 * 1024));
        assertEquals("2 КБ", formats.size(2048));
        assertEquals("72,5 %", formats.percent(0.725));
        assertEquals("16,7 %", formats.percent(1.0 / 6), "a share rounded for people");
        assertEquals("80 %", formats.percent(0.8));
        assertEquals("", formats.percent(null));
    }

    @Test
    void scoresAndTheirPercentagesAreRoundedWithADecimalComma() {
        assertEquals("16,7 %", formats.percentage(new BigDecimal("16.66666666666667")));
        assertEquals("16,7", formats.percentValue(new BigDecimal("16.66666666666667")));
        assertEquals("5,5", formats.number(new BigDecimal("5.5")));
        assertEquals("", formats.number(null));
        assertEquals(",", formats.getDecimalSeparator());
        assertEquals(".", formats.getDecimalSeparatorAlternative());
        formats.language = () -> Locale.ENGLISH;
        assertEquals("16.7 %", formats.percentage(new BigDecimal("16.66666666666667")));
        assertEquals(".", formats.getDecimalSeparator());
        assertEquals(",", formats.getDecimalSeparatorAlternative());
    }
}
