package ru.portal500.registry.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignificanceTest {

    @Test
    void russianWordsLettersAndEnglishInAnyCase() {
        for (String text : new String[] {"высокая", "Высокая", " ВЫСОКАЯ ", "В", "в", "high", "HIGH"}) {
            assertEquals(Optional.of(Significance.HIGH), Significance.parse(text), text);
        }
        assertEquals(Optional.of(Significance.MEDIUM), Significance.parse("Средняя"));
        assertEquals(Optional.of(Significance.MEDIUM), Significance.parse("С"));
        assertEquals(Optional.of(Significance.LOW), Significance.parse("низкая"));
        assertEquals(Optional.of(Significance.LOW), Significance.parse("Low"));
    }

    @Test
    void anythingElseIsNoSignificance() {
        for (String text : new String[] {"", "  ", "высокий", "3", "B", "H", "C", "очень высокая", "Ð²Ñ‹ÑÐ¾ÐºÐ°Ñ"}) {
            assertEquals(Optional.empty(), Significance.parse(text), text);
        }
        assertEquals(Optional.empty(), Significance.parse(null));
    }

    @Test
    void highWeighsMostInTheChart() {
        assertEquals(3, Significance.HIGH.weight());
        assertEquals(2, Significance.MEDIUM.weight());
        assertEquals(1, Significance.LOW.weight());
    }
}
