package ru.portal500.search.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two layouts of a Russian keyboard, key by key. */
class KeyboardLayoutTest {

    @Test
    void everyKeyOfTheLatinLayoutReadsAsItsRussianSign() {
        // the keyboard row by row: unshifted, then with Shift
        assertEquals("ёйцукенгшщзхъ", KeyboardLayout.toRussian("`qwertyuiop[]"));
        assertEquals("фывапролджэ", KeyboardLayout.toRussian("asdfghjkl;'"));
        assertEquals("ячсмитьбю.", KeyboardLayout.toRussian("zxcvbnm,./"));
        assertEquals("ЁЙЦУКЕНГШЩЗХЪ", KeyboardLayout.toRussian("~QWERTYUIOP{}"));
        assertEquals("ФЫВАПРОЛДЖЭ", KeyboardLayout.toRussian("ASDFGHJKL:\""));
        assertEquals("ЯЧСМИТЬБЮ,", KeyboardLayout.toRussian("ZXCVBNM<>?"));
        assertEquals("!\"№;%:?*()", KeyboardLayout.toRussian("!@#$%^&*()"), "the shifted digits whose signs move");
        assertEquals("1234567890-=", KeyboardLayout.toRussian("1234567890-="), "the keys alike in both stay");
    }

    @Test
    void everyRussianLetterHasItsKey() {
        String alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        String typed = KeyboardLayout.toLatin(alphabet + alphabet.toUpperCase());
        assertEquals(alphabet + alphabet.toUpperCase(), KeyboardLayout.toRussian(typed));
        assertTrue(typed.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ryjgrf | кнопка",
            "'ktrnhjyysq | электронный",
            "[jhjij | хорошо",
            "j,extybt | обучение",
            "`krf | ёлка",
            "gjl;fnm | поджать",
            "Ghbdtn | Привет",
            "irjkf-bynthyfn | школа-интернат",
            "rj;f[ | кожах",
            "j,]zdktybt | объявление",
            "ltnb. | детию"
    })
    void aWordTypedWithTheLatinLayoutOnReadsInRussian(String typed, String meant) {
        assertEquals(meant, KeyboardLayout.toRussian(typed));
    }

    @Test
    void backFromTheRussianLayout() {
        assertEquals("Moodle", KeyboardLayout.toLatin("Ьщщвду"));
        assertEquals("python", KeyboardLayout.toLatin("знерщт"));
    }

    @Test
    void aLatinKeyIsALetterOrASignThatIsARussianLetter() {
        assertTrue(KeyboardLayout.hasLatinKey("ryjgrf"));
        assertTrue(KeyboardLayout.hasLatinKey("[;'"), "х ж э");
        assertTrue(KeyboardLayout.hasLatinKey("кноgrf"));
        assertFalse(KeyboardLayout.hasLatinKey("кнопка"));
        assertFalse(KeyboardLayout.hasLatinKey("2024 / ?"));
    }
}
