package ru.portal500.documents.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A comparison of two versions as a person reads it: only the changed paragraphs, each with up to
 * {@value #CONTEXT} unchanged paragraphs around it (longer unchanged stretches collapsed into a count),
 * a paragraph that was rewritten rather than replaced shown once with its changed words marked, and how many
 * paragraphs were added, removed and changed. A pure function of {@link TextDiff}'s runs.
 *
 * @param blocks  what to show, in the newer version's order
 * @param added   paragraphs only the newer version has
 * @param removed paragraphs only the older version has
 * @param changed paragraphs rewritten in place (shown with their words marked)
 */
public record DiffView(List<Block> blocks, int added, int removed, int changed) {

    /** Unchanged paragraphs shown before and after each change. */
    public static final int CONTEXT = 2;

    /** At least this share of the longer paragraph's words must be kept for a removed and an added one to be one change. */
    static final double SAME_PARAGRAPH = 0.5;

    /** What a block of the comparison shows. */
    public enum BlockKind { CONTEXT, SKIPPED, ADDED, REMOVED, CHANGED }

    /** What happened to a run of words of a changed paragraph. */
    public enum WordKind { SAME, ADDED, REMOVED }

    /**
     * One thing the comparison shows.
     *
     * @param kind    an unchanged paragraph around a change, a collapsed stretch, an added, removed or changed paragraph
     * @param text    the paragraph (the newer one when changed); empty for a collapsed stretch
     * @param skipped how many unchanged paragraphs a collapsed stretch stands for; 0 otherwise
     * @param words   the words of a changed paragraph, runs marked kept, added or removed; empty otherwise
     */
    public record Block(BlockKind kind, String text, int skipped, List<Words> words) {
        public Block {
            words = List.copyOf(words);
        }

        static Block of(BlockKind kind, String text) {
            return new Block(kind, text, 0, List.of());
        }
    }

    /** A run of words of a changed paragraph, joined by single spaces. */
    public record Words(WordKind kind, String text) {
    }

    public DiffView {
        blocks = List.copyOf(blocks);
    }

    /** Whether the two versions differ at all. */
    public boolean differs() {
        return added + removed + changed > 0;
    }

    /** The view of a comparison's runs. */
    public static DiffView of(List<Change> changes) {
        Builder builder = new Builder();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            if (change.kind() == Change.Kind.UNCHANGED) {
                builder.unchanged(change.paragraphs(), i == 0, i == changes.size() - 1);
                continue;
            }
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            for (; i < changes.size() && changes.get(i).kind() != Change.Kind.UNCHANGED; i++) {
                (changes.get(i).kind() == Change.Kind.ADDED ? added : removed).addAll(changes.get(i).paragraphs());
            }
            i--;
            builder.hunk(removed, added);
        }
        return new DiffView(builder.blocks, builder.added, builder.removed, builder.changed);
    }

    private static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private int added;
        private int removed;
        private int changed;

        void unchanged(List<String> paragraphs, boolean first, boolean last) {
            int n = paragraphs.size();
            int head = first ? 0 : Math.min(CONTEXT, n);
            int tail = last ? 0 : Math.min(CONTEXT, n - head);
            if (n - head - tail < 2) {
                paragraphs.forEach(p -> blocks.add(Block.of(BlockKind.CONTEXT, p)));
                return;
            }
            paragraphs.subList(0, head).forEach(p -> blocks.add(Block.of(BlockKind.CONTEXT, p)));
            blocks.add(new Block(BlockKind.SKIPPED, "", n - head - tail, List.of()));
            paragraphs.subList(n - tail, n).forEach(p -> blocks.add(Block.of(BlockKind.CONTEXT, p)));
        }

        /** Pairs each removed paragraph with the next added one that keeps enough of its words. */
        void hunk(List<String> older, List<String> newer) {
            int next = 0;
            for (String before : older) {
                int match = -1;
                for (int j = next; j < newer.size() && match < 0; j++) {
                    if (similarity(before, newer.get(j)) >= SAME_PARAGRAPH) {
                        match = j;
                    }
                }
                if (match < 0) {
                    blocks.add(Block.of(BlockKind.REMOVED, before));
                    removed++;
                    continue;
                }
                for (; next < match; next++) {
                    blocks.add(Block.of(BlockKind.ADDED, newer.get(next)));
                    added++;
                }
                blocks.add(new Block(BlockKind.CHANGED, newer.get(match), 0, words(before, newer.get(match))));
                changed++;
                next = match + 1;
            }
            for (; next < newer.size(); next++) {
                blocks.add(Block.of(BlockKind.ADDED, newer.get(next)));
                added++;
            }
        }
    }

    /** The share of the longer paragraph's words (case and punctuation aside) that the other one has too. */
    static double similarity(String a, String b) {
        List<String> x = normalised(a);
        List<String> y = normalised(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        x.forEach(w -> counts.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : y) {
            Integer left = counts.get(w);
            if (left != null && left > 0) {
                counts.put(w, left - 1);
                common++;
            }
        }
        return (double) common / Math.max(x.size(), y.size());
    }

    private static List<String> normalised(String paragraph) {
        return Arrays.stream(paragraph.toLowerCase(Locale.ROOT).split("\\s+"))
                .map(w -> w.replaceAll("[^\\p{L}\\p{N}]", "")).filter(w -> !w.isEmpty()).toList();
    }

    /** The words of a rewritten paragraph: kept, removed and added runs, the removed before the added. */
    static List<Words> words(String before, String after) {
        String[] a = before.split(" ");
        String[] b = after.split(" ");
        Map<String, Integer> numbers = new HashMap<>();
        int[] x = Arrays.stream(a).mapToInt(w -> numbers.computeIfAbsent(w, k -> numbers.size())).toArray();
        int[] y = Arrays.stream(b).mapToInt(w -> numbers.computeIfAbsent(w, k -> numbers.size())).toArray();
        TextDiff.Runs runs = new TextDiff.Runs();
        if (!Myers.script(x, y, TextDiff.MAX_EDITS, 0, a, b, runs)) {
            return List.of(new Words(WordKind.REMOVED, before), new Words(WordKind.ADDED, after));
        }
        List<Words> words = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        List<String> come = new ArrayList<>();
        for (Change run : runs.changes()) {
            switch (run.kind()) {
                case REMOVED -> gone.addAll(run.paragraphs());
                case ADDED -> come.addAll(run.paragraphs());
                default -> {
                    flush(words, gone, come);
                    words.add(new Words(WordKind.SAME, String.join(" ", run.paragraphs())));
                }
            }
        }
        flush(words, gone, come);
        return words;
    }

    private static void flush(List<Words> words, List<String> gone, List<String> come) {
        if (!gone.isEmpty()) {
            words.add(new Words(WordKind.REMOVED, String.join(" ", gone)));
            gone.clear();
        }
        if (!come.isEmpty()) {
            words.add(new Words(WordKind.ADDED, String.join(" ", come)));
            come.clear();
        }
    }
}
