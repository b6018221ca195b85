package ru.portal500.similarity.domain;

import java.util.Arrays;

/**
 * The normalised words of a text, each with where it stands in the original: lower case, «ё» read as «е», letters
 * and digits only (any other character ends a word, so a hyphenated word is two words: «план-график» is «план»,
 * «график»). Words are not stemmed: a near-copy is text taken as it stands, and endings changed by hand are rare in
 * the copies the portal looks for (see {@link Shingles} for the measurement).
 *
 * <p>Only the first {@value #MAX_WORDS} words are read (some 80 pages; a programme or a contest entry has 1,500 to
 * 3,000 words): a longer text (two million characters are some 250,000 words) is judged on its beginning, so its
 * cost is bounded and its shingles stay few enough to be counted exactly; {@link #truncated()} says so, and so does
 * every answer about it.
 *
 * <p>A word is kept as a 64-bit hash of its normalised letters, with its start (inclusive) and end (exclusive)
 * character offsets into the original text, from which the passages in common are shown.
 */
public final class Words {

    /** The most words read from one text. */
    public static final int MAX_WORDS = 20_000;

    private final long[] hashes;
    private final int[] starts;
    private final int[] ends;
    private final boolean truncated;

    private Words(long[] hashes, int[] starts, int[] ends, boolean truncated) {
        this.hashes = hashes;
        this.starts = starts;
        this.ends = ends;
        this.truncated = truncated;
    }

    /** The words of a text ({@code null} is an empty text). */
    public static Words of(String text) {
        return of(text, MAX_WORDS);
    }

    /** The words of a text, at most {@code limit} of them. */
    static Words of(String text, int limit) {
        if (text == null) {
            return new Words(new long[0], new int[0], new int[0], false);
        }
        int capacity = Math.min(limit, text.length() / 4 + 16);
        long[] hashes = new long[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        boolean truncated = false;
        int length = text.length();
        int i = 0;
        while (i < length) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            if (count == limit) {
                truncated = true;
                break;
            }
            int start = i;
            long hash = 0xcbf29ce484222325L; // FNV-1a over the normalised code points
            while (i < length) {
                c = text.codePointAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                hash = (hash ^ normalised(c)) * 0x100000001b3L;
                i += Character.charCount(c);
            }
            if (count == hashes.length) {
                int grown = Math.min(limit, hashes.length * 2);
                hashes = Arrays.copyOf(hashes, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            hashes[count] = Hashing.mix(hash);
            starts[count] = start;
            ends[count] = i;
            count++;
        }
        return new Words(Arrays.copyOf(hashes, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count),
                truncated);
    }

    private static int normalised(int c) {
        int lower = Character.toLowerCase(c);
        return lower == 'ё' ? 'е' : lower;
    }

    /** How many words were read. */
    public int count() {
        return hashes.length;
    }

    /** Whether the text has more words than were read ({@value #MAX_WORDS}). */
    public boolean truncated() {
        return truncated;
    }

    /** The hash of the normalised word at {@code index}. */
    long hash(int index) {
        return hashes[index];
    }

    /** Where the word at {@code index} starts in the original text. */
    public int start(int index) {
        return starts[index];
    }

    /** Where the word at {@code index} ends in the original text (exclusive). */
    public int end(int index) {
        return ends[index];
    }
}
