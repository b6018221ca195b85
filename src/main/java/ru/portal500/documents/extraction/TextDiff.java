package ru.portal500.documents.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between the texts of two versions, paragraph by paragraph: a pure function.
 *
 * <p>Paragraphs are the non-blank lines, with runs of spaces as one; two paragraphs are the same when
 * their text is. The shortest edit script (Myers' algorithm) is found between the parts the texts do not
 * share at their start and end. When that middle part needs more than {@value #MAX_EDITS} paragraph edits
 * (two very different texts), an exact script is not worth its cost: the middle is then compared as sets —
 * the older paragraphs the newer text lacks are listed as removed first, then the newer middle with the
 * paragraphs the older text lacks marked added. Time O((N+M)·D) with D at most {@value #MAX_EDITS},
 * memory O(D²) beyond the texts.
 */
public final class TextDiff {

    /** The most paragraph edits an exact comparison looks for. */
    public static final int MAX_EDITS = 2_000;

    private TextDiff() {
    }

    /** The runs of unchanged, removed and added paragraphs that turn {@code older} into {@code newer}. */
    public static List<Change> between(String older, String newer) {
        return between(older, newer, MAX_EDITS);
    }

    static List<Change> between(String older, String newer, int maxEdits) {
        String[] a = paragraphs(older);
        String[] b = paragraphs(newer);
        int[][] ids = ids(a, b);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && ids[0][prefix] == ids[1][prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && ids[0][a.length - 1 - suffix] == ids[1][b.length - 1 - suffix]) {
            suffix++;
        }
        Runs runs = new Runs();
        runs.add(Change.Kind.UNCHANGED, a, 0, prefix);
        int[] x = Arrays.copyOfRange(ids[0], prefix, a.length - suffix);
        int[] y = Arrays.copyOfRange(ids[1], prefix, b.length - suffix);
        if (!Myers.script(x, y, maxEdits, prefix, a, b, runs)) {
            bySets(x, y, prefix, a, b, runs);
        }
        runs.add(Change.Kind.UNCHANGED, a, a.length - suffix, a.length);
        return runs.changes();
    }

    static String[] paragraphs(String text) {
        if (text == null) {
            return new String[0];
        }
        return text.lines().map(line -> line.strip().replaceAll("\\s+", " "))
                .filter(line -> !line.isEmpty()).toArray(String[]::new);
    }

    /** Each distinct paragraph as a number, so that comparing is comparing ints. */
    private static int[][] ids(String[] a, String[] b) {
        Map<String, Integer> numbers = new HashMap<>();
        int[][] ids = {new int[a.length], new int[b.length]};
        for (int i = 0; i < a.length; i++) {
            ids[0][i] = numbers.computeIfAbsent(a[i], p -> numbers.size());
        }
        for (int i = 0; i < b.length; i++) {
            ids[1][i] = numbers.computeIfAbsent(b[i], p -> numbers.size());
        }
        return ids;
    }

    private static void bySets(int[] x, int[] y, int offset, String[] a, String[] b, Runs runs) {
        Set<Integer> inNewer = new HashSet<>();
        Arrays.stream(y).forEach(inNewer::add);
        Set<Integer> inOlder = new HashSet<>();
        Arrays.stream(x).forEach(inOlder::add);
        for (int i = 0; i < x.length; i++) {
            if (!inNewer.contains(x[i])) {
                runs.add(Change.Kind.REMOVED, a, offset + i, offset + i + 1);
            }
        }
        for (int j = 0; j < y.length; j++) {
            runs.add(inOlder.contains(y[j]) ? Change.Kind.UNCHANGED : Change.Kind.ADDED, b, offset + j, offset + j + 1);
        }
    }

    /** Collects paragraphs into runs, joining neighbours of the same kind. */
    static final class Runs {
        private final List<Change.Kind> kinds = new ArrayList<>();
        private final List<List<String>> texts = new ArrayList<>();

        void add(Change.Kind kind, String[] source, int from, int to) {
            if (from >= to) {
                return;
            }
            if (kinds.isEmpty() || kinds.get(kinds.size() - 1) != kind) {
                kinds.add(kind);
                texts.add(new ArrayList<>());
            }
            texts.get(texts.size() - 1).addAll(Arrays.asList(source).subList(from, to));
        }

        List<Change> changes() {
            List<Change> changes = new ArrayList<>(kinds.size());
            for (int i = 0; i < kinds.size(); i++) {
                changes.add(new Change(kinds.get(i), texts.get(i)));
            }
            return changes;
        }
    }
}
