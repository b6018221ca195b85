package ru.portal500.similarity.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One writer adds and removes texts (as the portal's background thread does) while four readers look up: every
 * lookup answers, and a copy held the whole time is always found.
 */
class ConcurrencyTest {

    @Test
    void readersLookUpWhileTheWriterAddsAndRemoves() throws Exception {
        Random random = new Random(8);
        SampleTexts.Store store = new SampleTexts.Store();
        NearCopyIndex index = new NearCopyIndex(store);
        String original = SampleTexts.text(SampleTexts.words(random, 500));
        TextKey originalKey = store.put("practice", 0, original);
        index.add(originalKey, "practice", "school-0", original);
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            others.add(SampleTexts.text(SampleTexts.words(random, 300)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int round = 0; round < 3; round++) {
                    for (int i = 0; i < others.size(); i++) {
                        TextKey key = store.put("practice", i + 1, others.get(i));
                        index.add(key, "practice", "school-" + (i + 1), others.get(i));
                        if (i % 3 == 0) {
                            index.remove(key);
                        }
                    }
                }
            });
            List<Future<Integer>> readers = new ArrayList<>();
            String copy = original.substring(0, original.length() * 3 / 4);
            for (int r = 0; r < 4; r++) {
                readers.add(pool.submit(() -> {
                    int found = 0;
                    while (!writer.isDone()) {
                        NearCopies.Judged judged = assertInstanceOf(NearCopies.Judged.class,
                                index.similarTo(copy, "practice", "school-x", 0.5));
                        assertEquals(originalKey, judged.copies().get(0).other());
                        found++;
                    }
                    return found;
                }));
            }
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertTrue(reader.get(60, TimeUnit.SECONDS) >= 0);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1 + 200, index.size());
    }
}
