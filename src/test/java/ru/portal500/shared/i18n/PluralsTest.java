package ru.portal500.shared.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PluralsTest {

    private static final String SCHOOLS = "{0,plural,one{# школа} few{# школы} many{# школ} other{# школы}}";

    @Test
    void russianCountsTakeTheNounsFormOfTheirCategory() {
        assertEquals("1 школа", Plurals.apply(SCHOOLS, Texts.RUSSIAN, 1));
        assertEquals("2 школы", Plurals.apply(SCHOOLS, Texts.RUSSIAN, 2));
        assertEquals("5 школ", Plurals.apply(SCHOOLS, Texts.RUSSIAN, 5));
        assertEquals("11 школ", Plurals.apply(SCHOOLS, Texts.RUSSIAN, 11));
        assertEquals("21 школа", Plurals.apply(SCHOOLS, Texts.RUSSIAN, 21));
        assertEquals("22 школы", Plurals.apply(SCHOOLS, Texts.RUSSIAN, 22));
        assertEquals("25 школ", Plurals.apply(SCHOOLS, Texts.RUSSIAN, 25));
        assertEquals("111 школ", Plurals.apply(SCHOOLS, Texts.RUSSIAN, 111));
        assertEquals("0 школ", Plurals.apply(SCHOOLS, Texts.RUSSIAN, 0));
        assertEquals("12 007 школ", Plurals.apply(SCHOOLS, Texts.RUSSIAN, 12007).replace('\u00a0', ' '),
                "grouped from five digits");
        assertEquals("12,5 балла", Plurals.apply("{0,plural,one{# балл} few{# балла} many{# баллов} other{# балла}}",
                Texts.RUSSIAN, 12.5), "a fraction");
    }

    @Test
    void englishHasOneAndOther() {
        String files = "{0,plural,one{# file} other{# files}}";
        assertEquals("1 file", Plurals.apply(files, Locale.ENGLISH, 1));
        assertEquals("21 files", Plurals.apply(files, Locale.ENGLISH, 21));
    }

    @Test
    void theRestOfThePatternIsLeftToMessageFormatAndTheBundlesUseIt() {
        assertEquals("В файле {1} — {0}: 2 строки", Plurals.apply("В файле {1} — {0}: {2,plural,one{# строка} few{# строки} many{# строк}}",
                Texts.RUSSIAN, "a", "b", 2));
        assertEquals("Подтверждено: 1 школа получила статус ШНОР.", Texts.get(Texts.RUSSIAN, "identification.confirmed", 1));
        assertEquals("Подтверждено: 3 школы получили статус ШНОР.", Texts.get(Texts.RUSSIAN, "identification.confirmed", 3));
        assertEquals("Подтверждено: 25 школ получили статус ШНОР.", Texts.get(Texts.RUSSIAN, "identification.confirmed", 25));
        assertEquals("Подтверждено: 2027 школ получили статус ШНОР.", Texts.get(Texts.RUSSIAN, "identification.confirmed", 2027),
                "no thousands separator");
        assertEquals("Встроенный список (21 группа)", Texts.get(Texts.RUSSIAN, "search.synonyms.builtIn", 21));
        assertEquals("Текст не длиннее 1 символа.", Texts.get(Texts.RUSSIAN, "campaign.status.error.reasonLength", 1));
        assertEquals("Текст не длиннее 500 символов.", Texts.get(Texts.RUSSIAN, "campaign.status.error.reasonLength", 500));
    }
}
