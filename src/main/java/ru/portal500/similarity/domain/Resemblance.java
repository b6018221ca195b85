package ru.portal500.similarity.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What two texts have in common, counted exactly from the two texts: the distinct shingles of each (boilerplate left
 * out), those they share, and the passages in common.
 *
 * <p><b>The share of text in common</b>, from a text's side, is its containment: the share of its distinct
 * shingles, boilerplate left out, that the other text has ({@code |A ∩ B| / |A|}; 74 % means that three quarters
 * of this text's 5-word runs, the template's aside, stand in the other). It is asymmetric: a short text wholly
 * quoted in a long one has a share of 100 %, the long one a small share. The resemblance (Jaccard,
 * {@code |A ∩ B| / |A ∪ B|}) is given beside it.
 *
 * <p>The counts are exact over the words read ({@link Words#MAX_WORDS}); when a text was longer, {@link #partial()}
 * says that only its beginning was compared.
 */
public record Resemblance(int shingles, int otherShingles, int common, boolean partial, List<Passage> passages,
                          int passagesFound) {

    /** The most passages kept, longest first. */
    public static final int MAX_PASSAGES = 20;
    /** Runs of shared shingles this many shingles apart or less (two changed words) make one passage. */
    static final int GAP = 2 * Shingles.LENGTH;

    public Resemblance {
        passages = List.copyOf(passages);
    }

    /** The resemblance of two texts. */
    public static Resemblance of(String text, String other, Boilerplate boilerplate) {
        return of(Shingles.of(text), Shingles.of(other), boilerplate);
    }

    /** The resemblance of two texts' shingles. */
    public static Resemblance of(Shingles a, Shingles b, Boilerplate boilerplate) {
        long[] setA = a.distinct(boilerplate);
        long[] setB = b.distinct(boilerplate);
        long[] common = intersection(setA, setB);
        List<Passage> passages = passages(a, b, common);
        List<Passage> longest = passages.stream()
                .sorted(Comparator.comparingInt(Passage::words).reversed().thenComparingInt(Passage::start))
                .limit(MAX_PASSAGES).toList();
        return new Resemblance(setA.length, setB.length, common.length,
                a.words().truncated() || b.words().truncated(), longest, passages.size());
    }

    /** The share of the first text's shingles the other has (0 when it has none to count). */
    public double share() {
        return shingles == 0 ? 0 : common / (double) shingles;
    }

    /** The share of the other text's shingles the first has. */
    public double otherShare() {
        return otherShingles == 0 ? 0 : common / (double) otherShingles;
    }

    /** The resemblance: shingles in common over the shingles of either. */
    public double jaccard() {
        int union = shingles + otherShingles - common;
        return union == 0 ? 0 : common / (double) union;
    }

    static long[] intersection(long[] a, long[] b) {
        long[] out = new long[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The passages in common, in the first text's order: each shared shingle of the first text is extended along
     * the other's (the longest of its first few places there), then runs close in both texts are merged.
     */
    private static List<Passage> passages(Shingles a, Shingles b, long[] common) {
        List<Passage> passages = new ArrayList<>();
        if (common.length == 0) {
            return passages;
        }
        Map<Long, int[]> placesInB = new HashMap<>();
        for (int j = 0; j < b.count(); j++) {
            long hash = b.hash(j);
            if (Arrays.binarySearch(common, hash) >= 0) {
                int[] places = placesInB.get(hash);
                if (places == null) {
                    placesInB.put(hash, new int[] {j});
                } else if (places.length < 8) {
                    int[] more = Arrays.copyOf(places, places.length + 1);
                    more[places.length] = j;
                    placesInB.put(hash, more);
                }
            }
        }
        int runA = -1;
        int runB = -1;
        int endA = -1; // the last shingle of the current run, exclusive
        int endB = -1;
        int i = 0;
        while (i < a.count()) {
            int[] places = Arrays.binarySearch(common, a.hash(i)) >= 0 ? placesInB.get(a.hash(i)) : null;
            if (places == null) {
                i++;
                continue;
            }
            int bestJ = -1;
            int bestLength = 0;
            for (int j : places) {
                int length = 0;
                while (i + length < a.count() && j + length < b.count()
                        && a.hash(i + length) == b.hash(j + length)
                        && Arrays.binarySearch(common, a.hash(i + length)) >= 0) {
                    length++;
                }
                if (length > bestLength) {
                    bestLength = length;
                    bestJ = j;
                }
            }
            boolean joins = runA >= 0 && i - endA <= GAP && bestJ >= endB && bestJ - endB <= GAP;
            if (!joins) {
                if (runA >= 0) {
                    passages.add(passage(a, b, runA, endA, runB, endB));
                }
                runA = i;
                runB = bestJ;
            }
            endA = i + bestLength;
            endB = bestJ + bestLength;
            i += bestLength;
        }
        passages.add(passage(a, b, runA, endA, runB, endB));
        return passages;
    }

    private static Passage passage(Shingles a, Shingles b, int fromA, int toA, int fromB, int toB) {
        int lastWordA = toA - 1 + Shingles.LENGTH - 1;
        int lastWordB = toB - 1 + Shingles.LENGTH - 1;
        return new Passage(a.words().start(fromA), a.words().end(lastWordA), b.words().start(fromB),
                b.words().end(lastWordB), lastWordA - fromA + 1);
    }
}
