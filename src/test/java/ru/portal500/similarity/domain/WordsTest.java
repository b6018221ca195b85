package ru.portal500.similarity.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Normalised words: case, «ё», hyphens and punctuation do not tell words apart; offsets point into the original. */
class WordsTest {

    @Test
    void caseYoHyphensAndPunctuationDoNotMatter() {
        Shingles a = Shingles.of("Её план-график: «Школа 500+» — ученики, учителя.");
        Shingles b = Shingles.of("ее ПЛАН ГРАФИК школа 500 ученики учителя");
        assertEquals(7, a.words().count());
        assertEquals(a.count(), b.count());
        for (int i = 0; i < a.count(); i++) {
            assertEquals(a.hash(i), b.hash(i));
        }
    }

    @Test
    void eachWordKeepsWhereItStands() {
        String text = "  План-график («дорожная карта»)";
        Words words = Words.of(text);
        assertEquals(4, words.count());
        assertEquals("План", text.substring(words.start(0), words.end(0)));
        assertEquals("график", text.substring(words.start(1), words.end(1)));
        assertEquals("карта", text.substring(words.start(3), words.end(3)));
    }

    @Test
    void emptyAndNullTextsHaveNoWords() {
        assertEquals(0, Words.of(null).count());
        assertEquals(0, Words.of(" — … ").count());
        assertEquals(0, Shingles.of("два слова").count());
    }

    @Test
    void aTextOfTwoMillionCharactersIsReadUpToTheCap() {
        StringBuilder text = new StringBuilder(2_000_000);
        int n = 0;
        while (text.length() < 2_000_000) {
            text.append("слово").append(n++ % 9973).append(' ');
        }
        Words words = Words.of(text.toString());
        assertEquals(Words.MAX_WORDS, words.count());
        assertTrue(words.truncated());
        assertEquals(Words.MAX_WORDS - Shingles.LENGTH + 1, Shingles.of(words).count());
        assertFalse(Words.of("одно слово").truncated());
    }
}
