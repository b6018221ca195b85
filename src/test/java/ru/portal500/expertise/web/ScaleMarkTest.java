package ru.portal500.expertise.web;

import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;
import ru.portal500.shared.i18n.Texts;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A mark typed into a scale criterion: read as a number with either decimal separator, and checked on its scale. */
class ScaleMarkTest {

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    @Test
    void aTypedMarkIsANumberWhateverItsDecimalSeparator() {
        assertEquals(new BigDecimal("1.5"), ScaleMarkConverter.parse("1,5", Texts.RUSSIAN));
        assertEquals(new BigDecimal("1.5"), ScaleMarkConverter.parse("1.5", Texts.RUSSIAN));
        assertEquals(TWO, ScaleMarkConverter.parse(" 2\u00a0", Texts.RUSSIAN));
        assertNull(ScaleMarkConverter.parse("", Texts.RUSSIAN), "an empty field is no mark");
        assertNull(ScaleMarkConverter.parse(null, Texts.RUSSIAN));
        ConverterException refused = assertThrows(ConverterException.class,
                () -> ScaleMarkConverter.parse("два", Texts.RUSSIAN));
        assertEquals("Оценка — число, например 1 или 1,5.", refused.getFacesMessage().getSummary());
        assertThrows(ConverterException.class, () -> ScaleMarkConverter.parse("1,5,5", Texts.RUSSIAN));
        assertThrows(ConverterException.class, () -> ScaleMarkConverter.parse("2 балла", Texts.RUSSIAN));
        assertEquals("1,5", ScaleMarkConverter.show(new BigDecimal("1.50"), Texts.RUSSIAN),
                "shown with the page's decimal separator");
        assertEquals("1.5", ScaleMarkConverter.show(new BigDecimal("1.50"), Locale.ENGLISH));
        assertEquals("10", ScaleMarkConverter.show(new BigDecimal("1E+1"), Texts.RUSSIAN));
        assertEquals("", ScaleMarkConverter.show(null, Texts.RUSSIAN));
    }

    @Test
    void aMarkOutsideItsScaleIsToldInTheReadersLanguage() {
        assertEquals(Optional.of("Оценка по этой шкале — от 0 до 2."),
                ScaleMarkValidator.problem(BigDecimal.valueOf(5), ZERO, TWO, Texts.RUSSIAN));
        assertEquals(Optional.of("Оценка по этой шкале — от 0,5 до 2."),
                ScaleMarkValidator.problem(new BigDecimal("-1"), new BigDecimal("0.5"), TWO, Texts.RUSSIAN));
        assertEquals(Optional.of("A mark on this scale is from 0 to 2."),
                ScaleMarkValidator.problem(new BigDecimal("2.01"), ZERO, TWO, Locale.ENGLISH));
        assertEquals(Optional.empty(), ScaleMarkValidator.problem(TWO, ZERO, TWO, Texts.RUSSIAN));
        assertEquals(Optional.empty(), ScaleMarkValidator.problem(new BigDecimal("1.5"), ZERO, TWO, Texts.RUSSIAN));
        assertEquals(Optional.empty(), ScaleMarkValidator.problem(null, ZERO, TWO, Texts.RUSSIAN),
                "no mark, no problem");
    }
}
