package ru.portal500.search.application;

import org.junit.jupiter.api.Test;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.i18n.Texts;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A group the operator sends is tidied, or refused with a message that names the phrase at fault. */
class SynonymListTest {

    private static String refusal(String... phrases) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> SynonymList.checked(Arrays.asList(phrases)));
        return Texts.get(Texts.RUSSIAN, e.messageKey(), e.arguments());
    }

    @Test
    void phrasesAreTidied() {
        assertEquals(List.of("ЦОКО", "центр оценки качества образования"),
                SynonymList.checked(Arrays.asList("  ЦОКО ", "", null, "центр  оценки\tкачества\nобразования")));
    }

    @Test
    void eachProblemIsSaidPrecisely() {
        assertEquals("В группе нужны хотя бы две фразы: сокращение и его расшифровка, например «ЦОКО» и "
                + "«центр оценки качества образования».", refusal("ЦОКО", "  "));
        assertEquals("Фразы «школа» и «школы» поиск не различает (это формы одних и тех же слов; служебные слова и "
                + "знаки не в счёт) — в группе нужны хотя бы две разные фразы.", refusal("школа", "школы"));
        assertEquals("Во фразе «и в на» нет слов, по которым можно искать: в ней только служебные слова "
                + "(и, в, на, для…) или знаки.", refusal("ЦОКО", "и в на"));
        assertEquals("Фраза «" + "я".repeat(59) + "…» длиннее 200 знаков — сократите её.",
                refusal("ЦОКО", "я".repeat(201)));
        assertEquals("Во фразе «лес поле река гора море озеро луг сад парк двор дом» больше 10 "
                        + "значимых слов — сократите её.",
                refusal("ЦОКО", "лес поле река гора море озеро луг сад парк двор дом"));
        String[] many = new String[21];
        for (int i = 0; i < many.length; i++) {
            many[i] = "фраза" + (char) ('а' + i);
        }
        assertEquals("В группе 21 фраза, а можно не больше 20 — разделите её на несколько групп.", refusal(many));
    }
}
