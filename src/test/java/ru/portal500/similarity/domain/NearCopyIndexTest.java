package ru.portal500.similarity.domain;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index against an exhaustive count: 200 generated texts (300 to 700 made-up words), 100 of them originals and
 * 100 each taking a known share of an original (0 %, 10 %, … 100 %, in three passages, the rest of its own), each
 * of another school. The exhaustive count compares every ordered pair by its 5-word shingles as strings, with no
 * hashing; the index must find every pair at or above the threshold, with the same shares, and nothing else.
 */
class NearCopyIndexTest {

    static final double THRESHOLD = 0.5;
    /** How far an estimate from the signatures alone may be from the exact share: 3.5 of its standard errors. */
    static final double ESTIMATE_TOLERANCE = 0.15;

    static List<String> texts = new ArrayList<>();
    /** containment[i][j]: the share of text i's shingles that text j has, counted exhaustively. */
    static double[][] containment;

    @BeforeAll
    static void generate() {
        Random random = new Random(2026);
        List<List<String>> originals = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            List<String> words = SampleTexts.words(random, 300 + random.nextInt(400));
            originals.add(words);
            texts.add(SampleTexts.text(words));
        }
        for (int d = 0; d < 100; d++) {
            List<String> source = originals.get(d);
            double share = (d % 11) / 10.0;
            int total = (int) (source.size() * (0.8 + 0.5 * random.nextDouble()));
            int taken = (int) Math.round(share * total);
            List<String> words = new ArrayList<>();
            int chunk = (taken + 2) / 3;
            int own = (total - taken + 2) / 3;
            for (int part = 0; part < 3; part++) {
                int length = Math.min(chunk, Math.min(taken - part * chunk, source.size()));
                if (length > 0) {
                    int from = random.nextInt(source.size() - length + 1);
                    words.addAll(source.subList(from, from + length));
                }
                words.addAll(SampleTexts.words(random, own));
            }
            texts.add(SampleTexts.text(words));
        }
        List<Set<String>> shingles = texts.stream().map(NearCopyIndexTest::exhaustiveShingles).toList();
        containment = new double[texts.size()][texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            for (int j = 0; j < texts.size(); j++) {
                if (i != j) {
                    Set<String> common = new HashSet<>(shingles.get(i));
                    common.retainAll(shingles.get(j));
                    containment[i][j] = common.size() / (double) shingles.get(i).size();
                }
            }
        }
    }

    /** Shingles as strings of lower-case words, counted without the engine's code. */
    static Set<String> exhaustiveShingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                kept.add(word);
            }
        }
        Set<String> set = new HashSet<>();
        for (int i = 0; i + 5 <= kept.size(); i++) {
            set.add(String.join(" ", kept.subList(i, i + 5)));
        }
        return set;
    }

    @Test
    void everyPairAtTheThresholdIsFoundWithTheExactShares() {
        SampleTexts.Store store = new SampleTexts.Store();
        NearCopyIndex index = new NearCopyIndex(store);
        List<TextKey> keys = addAll(store, index);
        int expectedPairs = 0;
        for (int i = 0; i < texts.size(); i++) {
            Map<TextKey, Integer> expected = new HashMap<>();
            for (int j = 0; j < texts.size(); j++) {
                if (containment[i][j] >= THRESHOLD) {
                    expected.put(keys.get(j), j);
                }
            }
            expectedPairs += expected.size();
            NearCopies.Judged judged = assertInstanceOf(NearCopies.Judged.class,
                    index.similarTo(keys.get(i), THRESHOLD));
            assertEquals(expected.keySet(), keysOf(judged), "text " + i);
            for (NearCopy copy : judged.copies()) {
                int j = expected.get(copy.other());
                assertEquals(NearCopy.Basis.EXACT, copy.basis());
                assertEquals(containment[i][j], copy.share(), 1e-12, "share of " + i + " in " + j);
                assertEquals(containment[j][i], copy.otherShare(), 1e-12, "share of " + j + " in " + i);
                assertTrue(!copy.passages().isEmpty());
            }
        }
        assertTrue(expectedPairs >= 50, "pairs at the threshold: " + expectedPairs);
    }

    @Test
    void withoutTheTextsTheEstimatesAreCloseAndSaidToBeEstimates() {
        SampleTexts.Store store = new SampleTexts.Store();
        NearCopyIndex index = new NearCopyIndex(store);
        List<TextKey> keys = addAll(store, index);
        int found = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = store.texts.get(keys.get(i));
            NearCopyIndex unreadable = new NearCopyIndex(key -> Optional.empty());
            for (int j = 0; j < texts.size(); j++) {
                unreadable.add(keys.get(j), "programme", "school-" + j, texts.get(j));
            }
            NearCopies.Judged judged = assertInstanceOf(NearCopies.Judged.class,
                    unreadable.similarTo(text, "programme", "school-" + i, THRESHOLD));
            Set<TextKey> reported = keysOf(judged);
            for (NearCopy copy : judged.copies()) {
                int j = keys.indexOf(copy.other());
                assertEquals(NearCopy.Basis.ESTIMATED, copy.basis());
                assertTrue(copy.passages().isEmpty());
                assertEquals(containment[i][j], copy.share(), ESTIMATE_TOLERANCE, "estimate of " + i + " in " + j);
                found++;
            }
            for (int j = 0; j < texts.size(); j++) {
                if (containment[i][j] >= THRESHOLD + ESTIMATE_TOLERANCE) {
                    assertTrue(reported.contains(keys.get(j)), "missed " + i + " in " + j);
                }
            }
            if (i == 10) {
                break; // the estimates of the first texts and their copies suffice; each index takes a while
            }
        }
        assertTrue(found > 0);
    }

    private static List<TextKey> addAll(SampleTexts.Store store, NearCopyIndex index) {
        List<TextKey> keys = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            TextKey key = store.put("document-version", i, texts.get(i));
            assertTrue(index.add(key, "programme", "school-" + i, texts.get(i)).isPresent());
            keys.add(key);
        }
        return keys;
    }

    private static Set<TextKey> keysOf(NearCopies.Judged judged) {
        Set<TextKey> keys = new HashSet<>();
        judged.copies().forEach(c -> keys.add(c.other()));
        return keys;
    }
}
