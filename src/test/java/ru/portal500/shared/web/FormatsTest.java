package ru.portal500.shared.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    private final Formats formats = new Formats();

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
        assertEquals("", formats.percent(null));
    }
}
