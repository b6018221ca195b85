package ru.portal500.similarity.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The passages in common point at the same words in both texts, longest first, a changed word or two merged over. */
class PassagesTest {

    @Test
    void passagesPointAtTheSameWordsInBothTexts() {
        Random random = new Random(3);
        List<String> source = SampleTexts.words(random, 400);
        List<String> copy = new ArrayList<>(SampleTexts.words(random, 50));
        copy.addAll(source.subList(100, 180)); // 80 words
        copy.addAll(SampleTexts.words(random, 40));
        copy.addAll(source.subList(300, 330)); // 30 words
        copy.addAll(SampleTexts.words(random, 40));
        String a = SampleTexts.text(copy);
        String b = SampleTexts.text(source);

        Resemblance resemblance = Resemblance.of(a, b, Boilerplate.NONE);
        assertEquals(2, resemblance.passagesFound());
        Passage first = resemblance.passages().get(0);
        Passage second = resemblance.passages().get(1);
        assertEquals(80, first.words());
        assertEquals(30, second.words());
        for (Passage passage : resemblance.passages()) {
            assertEquals(normalised(passage.in(a)), normalised(passage.inOther(b)));
        }
        assertEquals(normalised(SampleTexts.text(source.subList(100, 180))), normalised(first.in(a)));
        assertEquals(normalised(SampleTexts.text(source.subList(300, 330))), normalised(second.inOther(b)));
        // the shares: 76 and 26 shingles of the copy's 236, and of the source's 396
        assertEquals(102, resemblance.common());
        assertEquals(102 / 236.0, resemblance.share(), 1e-12);
        assertEquals(102 / 396.0, resemblance.otherShare(), 1e-12);
    }

    @Test
    void aChangedWordDoesNotSplitAPassage() {
        Random random = new Random(4);
        List<String> source = SampleTexts.words(random, 300);
        List<String> copy = new ArrayList<>(SampleTexts.words(random, 30));
        List<String> taken = new ArrayList<>(source.subList(50, 150));
        taken.set(40, "изменено");
        copy.addAll(taken);
        copy.addAll(SampleTexts.words(random, 30));
        Resemblance resemblance = Resemblance.of(SampleTexts.text(copy), SampleTexts.text(source), Boilerplate.NONE);
        assertEquals(1, resemblance.passagesFound());
        assertEquals(100, resemblance.passages().get(0).words());
        assertEquals(96 - Shingles.LENGTH, resemblance.common()); // the 5 shingles with the changed word are not shared
    }

    @Test
    void atMostTwentyPassagesLongestFirst() {
        Random random = new Random(5);
        List<String> source = SampleTexts.words(random, 2_000);
        List<String> copy = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            copy.addAll(source.subList(p * 60, p * 60 + 8 + p)); // 8 to 37 words
            copy.addAll(SampleTexts.words(random, 20));
        }
        Resemblance resemblance = Resemblance.of(SampleTexts.text(copy), SampleTexts.text(source), Boilerplate.NONE);
        assertEquals(30, resemblance.passagesFound());
        assertEquals(Resemblance.MAX_PASSAGES, resemblance.passages().size());
        assertEquals(37, resemblance.passages().get(0).words());
        for (int i = 1; i < resemblance.passages().size(); i++) {
            assertTrue(resemblance.passages().get(i - 1).words() >= resemblance.passages().get(i).words());
        }
        assertEquals(18, resemblance.passages().get(Resemblance.MAX_PASSAGES - 1).words());
    }

    private static List<String> normalised(String text) {
        List<String> words = new ArrayList<>();
        Words w = Words.of(text);
        for (int i = 0; i < w.count(); i++) {
            words.add(text.substring(w.start(i), w.end(i)).toLowerCase());
        }
        return words;
    }
}
