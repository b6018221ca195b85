package ru.portal500.similarity.domain;

import java.util.Arrays;

/**
 * Shingles that do not count as copying: the wording every text of a kind repeats (the order's template, the
 * programme's headings, the seeds' standard wording). Which they are is the {@link NearCopyIndex}'s to say (the
 * registered templates and the shingles frequent in the kind, see {@link KindBoilerplate}); a comparison gets a
 * frozen set of them ({@link #of}).
 */
@FunctionalInterface
public interface Boilerplate {

    /** No boilerplate: every shared shingle counts. */
    Boilerplate NONE = hash -> false;

    /** Whether the shingle with this hash is boilerplate. */
    boolean contains(long shingle);

    /** A fixed set of boilerplate shingles. */
    static Boilerplate of(long... shingles) {
        long[] sorted = shingles.clone();
        Arrays.sort(sorted);
        return hash -> Arrays.binarySearch(sorted, hash) >= 0;
    }

    /** The shingles of the given texts (templates, headings) as boilerplate. */
    static Boilerplate ofTexts(String... texts) {
        long[][] parts = new long[texts.length][];
        int total = 0;
        for (int i = 0; i < texts.length; i++) {
            parts[i] = Shingles.of(texts[i]).distinct(NONE);
            total += parts[i].length;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return of(all);
    }

    /** Boilerplate of either. */
    default Boilerplate or(Boilerplate other) {
        return hash -> contains(hash) || other.contains(hash);
    }
}
