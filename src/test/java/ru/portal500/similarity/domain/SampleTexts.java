package ru.portal500.similarity.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts for the tests: excerpts of the seeds ({@code /similarity/own-*.txt}, 300 words each of four regions' orders
 * and concepts; {@code template.txt}, the Perm order's wording and a programme's headings), and generated texts of
 * made-up Cyrillic words, which share no 5-word run by chance, so every shingle in common is planted.
 */
final class SampleTexts {

    private static final String[] SYLLABLES = {"ба", "ве", "ги", "до", "жу", "за", "ки", "ло", "ми", "но", "пу",
        "ра", "се", "ти", "фу", "ха", "це", "чи", "ша", "эю", "ян", "ор", "ул", "ыс"};

    private SampleTexts() {
    }

    static String resource(String name) {
        try (InputStream in = SampleTexts.class.getResourceAsStream("/similarity/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} made-up words (from a vocabulary of some 13,000), with a full stop every 12 or so. */
    static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < 2 + (i % 2); s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(word.toString());
        }
        return words;
    }

    /** Words joined into sentences. */
    static String text(List<String> words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i % 12 == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            text.append(word).append(i % 12 == 11 || i == words.size() - 1 ? ". " : i % 5 == 4 ? ", " : " ");
        }
        return text.toString().strip();
    }

    /** The first {@code count} words of a text, as written (with their punctuation). */
    static String firstWords(String text, int count) {
        Words words = Words.of(text);
        return count >= words.count() ? text : text.substring(0, words.end(count - 1));
    }

    /** Texts by key, as the portal's database would give them to the index. */
    static final class Store implements TextSource {

        final Map<TextKey, String> texts = new ConcurrentHashMap<>();

        @Override
        public Optional<String> text(TextKey key) {
            return Optional.ofNullable(texts.get(key));
        }

        TextKey put(String source, long id, String text) {
            TextKey key = new TextKey(source, id);
            texts.put(key, text);
            return key;
        }
    }
}
