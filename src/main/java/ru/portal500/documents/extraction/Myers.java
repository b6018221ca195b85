package ru.portal500.documents.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Myers' shortest edit script ("An O(ND) Difference Algorithm", 1986) between two sequences of paragraph
 * numbers, giving up beyond a number of edits. Keeps each round's frontier to walk back the path.
 */
final class Myers {

    private Myers() {
    }

    /**
     * Adds the script turning {@code x} into {@code y} to {@code runs}, paragraphs taken from {@code a}
     * and {@code b} at {@code offset}. Returns false, adding nothing, when it needs more than
     * {@code maxEdits} edits.
     */
    static boolean script(int[] x, int[] y, int maxEdits, int offset, String[] a, String[] b, TextDiff.Runs runs) {
        int n = x.length;
        int m = y.length;
        int max = Math.min(n + m, maxEdits);
        int[] v = new int[2 * max + 3];
        int zero = max + 1;
        List<int[]> frontiers = new ArrayList<>();
        for (int d = 0; d <= max; d++) {
            frontiers.add(slice(v, zero, d));
            for (int k = -d; k <= d; k += 2) {
                int i = k == -d || k != d && v[zero + k - 1] < v[zero + k + 1] ? v[zero + k + 1] : v[zero + k - 1] + 1;
                int j = i - k;
                while (i < n && j < m && x[i] == y[j]) {
                    i++;
                    j++;
                }
                v[zero + k] = i;
                if (i >= n && j >= m) {
                    walkBack(frontiers, n, m, offset, a, b, runs);
                    return true;
                }
            }
        }
        return false;
    }

    /** The frontier before round {@code d}: diagonals -(d+1)..d+1. */
    private static int[] slice(int[] v, int zero, int d) {
        int[] copy = new int[2 * d + 3];
        System.arraycopy(v, zero - d - 1, copy, 0, copy.length);
        return copy;
    }

    private static void walkBack(List<int[]> frontiers, int n, int m, int offset, String[] a, String[] b,
                                 TextDiff.Runs runs) {
        List<int[]> steps = new ArrayList<>(); // {kind, index}: 0 unchanged (in a), 1 removed (a), 2 added (b)
        int i = n;
        int j = m;
        for (int d = frontiers.size() - 1; d >= 0; d--) {
            int[] v = frontiers.get(d);
            int zero = d + 1;
            int k = i - j;
            int previousK = k == -d || k != d && v[zero + k - 1] < v[zero + k + 1] ? k + 1 : k - 1;
            int previousI = d == 0 ? 0 : v[zero + previousK];
            int previousJ = previousI - previousK;
            if (d == 0) {
                previousJ = 0;
            }
            while (i > previousI && j > previousJ) {
                steps.add(new int[] {0, --i});
                j--;
            }
            if (d > 0) {
                steps.add(i == previousI ? new int[] {2, --j} : new int[] {1, --i});
            }
        }
        for (int s = steps.size() - 1; s >= 0; s--) {
            int[] step = steps.get(s);
            switch (step[0]) {
                case 0 -> runs.add(Change.Kind.UNCHANGED, a, offset + step[1], offset + step[1] + 1);
                case 1 -> runs.add(Change.Kind.REMOVED, a, offset + step[1], offset + step[1] + 1);
                default -> runs.add(Change.Kind.ADDED, b, offset + step[1], offset + step[1] + 1);
            }
        }
    }
}
