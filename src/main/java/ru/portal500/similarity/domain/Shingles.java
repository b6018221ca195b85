package ru.portal500.similarity.domain;

import java.util.Arrays;

/**
 * The shingles of a text: every run of {@value #LENGTH} consecutive normalised {@link Words}, as a 64-bit hash, in
 * the order of the text (shingle {@code i} is words {@code i} to {@code i + LENGTH - 1}). A text of {@code n} words
 * has {@code n - LENGTH + 1} shingles; two texts share a shingle when they share a run of {@value #LENGTH} words.
 *
 * <p>Why {@value #LENGTH} words, measured on the five seed orders and concepts ({@code ShingleLengthMeasurement} in
 * the tests; 10,392 words by five regions, on the same project and in the same official language, none copied from
 * another): the share of a seed's shingles found in another seed is on average 3.0 % at 3 words (the most 6.3 %),
 * 1.3 % at 4 (2.7 %), 0.60 % at 5 (1.6 %), 0.30 % at 6 (1.0 %) and 0.08 % at 8 (0.4 %), while a copy with one word
 * in ten changed keeps 76 %, 68 %, 62 %, 55 % and 45 % of its shingles. At 5 words the common official phrases leave
 * unrelated texts under 2 % alike, far below any share worth reporting, and a lightly reworded copy still shows
 * most of what it took; longer shingles lose a reworded copy faster than they gain. Stems (Lucene's Russian
 * snowball stemmer, measured the same way) made unrelated seeds more alike (0.78 % at 5 words, the most 1.8 %) and
 * kept no more of a reworded copy, so words are compared as written.
 */
public final class Shingles {

    /** The words in a shingle. */
    public static final int LENGTH = 5;

    private final Words words;
    private final long[] hashes;

    private Shingles(Words words, long[] hashes) {
        this.words = words;
        this.hashes = hashes;
    }

    /** The shingles of a text. */
    public static Shingles of(String text) {
        return of(Words.of(text));
    }

    /** The shingles of a text's words. */
    public static Shingles of(Words words) {
        int count = Math.max(0, words.count() - LENGTH + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long hash = 0;
            for (int j = 0; j < LENGTH; j++) {
                hash = Hashing.mix(hash + words.hash(i + j));
            }
            hashes[i] = hash;
        }
        return new Shingles(words, hashes);
    }

    /** The words they are made of. */
    public Words words() {
        return words;
    }

    /** How many shingles (with repeats). */
    public int count() {
        return hashes.length;
    }

    /** The hash of shingle {@code index}. */
    public long hash(int index) {
        return hashes[index];
    }

    /** The distinct hashes, ascending, leaving out those the boilerplate has. */
    public long[] distinct(Boilerplate boilerplate) {
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            long hash = sorted[i];
            if ((n == 0 || sorted[n - 1] != hash) && !boilerplate.contains(hash)) {
                sorted[n++] = hash;
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
