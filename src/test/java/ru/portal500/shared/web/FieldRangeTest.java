package ru.portal500.shared.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A number outside its field's range is refused with the field's name, the range and what was typed. */
class FieldRangeTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void aNumberOutsideTheRangeIsRefusedInWords() {
        assertEquals("«Минимум заявок в номинации»: допустимо целое число от 1 до 100, введено -5.",
                FieldRange.refusal("Минимум заявок в номинации", BigDecimal.ONE, BigDecimal.valueOf(100), -5, RU));
        assertEquals("«Год»: допустимо целое число от 2000 до 2100, введено 99999999.",
                FieldRange.refusal("Год", BigDecimal.valueOf(2000), new BigDecimal("2100.0"), 99_999_999, RU));
        assertEquals("«Доля»: допустимо число не больше 1, введено 1,5.",
                FieldRange.refusal("Доля", null, BigDecimal.ONE, 1.5, RU));
    }

    @Test
    void aNumberInsideTheRangeOrOnItsBoundsPasses() {
        assertNull(FieldRange.refusal("Поле", BigDecimal.ONE, BigDecimal.TEN, 1, RU));
        assertNull(FieldRange.refusal("Поле", BigDecimal.ONE, BigDecimal.TEN, 10, RU));
        assertNull(FieldRange.refusal("Поле", null, null, 1_000_000, RU));
    }
}
