package ru.portal500.similarity.domain;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;

/**
 * A text's MinHash signature: for each of {@value #SIZE} hash functions the least value it takes over the text's
 * distinct shingles (boilerplate left out). Two signatures agree in a position with the probability that equals the
 * two texts' resemblance (Jaccard: shingles in common over shingles of either), so the share of agreeing positions
 * estimates it with a standard error of at most 1/(2·√{@value #SIZE}) ≈ 0.044. With the number of shingles it was
 * made from, the signature also estimates the containment (the share of one text's shingles the other has).
 *
 * <p>The hash functions are multiply-add-shift hashes of the shingle's 64-bit hash ({@code (a·x + b) >>> 33}, the
 * {@code a} odd), fixed by a constant seed so that signatures made today and stored compare with those made later.
 * A signature is stored as {@value #BYTES} bytes ({@link #toBytes()}): the portal keeps it in the database and
 * rebuilds the index from there.
 */
public final class Signature {

    /** Hash functions, that is values in a signature. */
    public static final int SIZE = 128;
    /** The stored form's length: a format byte, the shingle count (4 bytes), the values (4 bytes each). */
    public static final int BYTES = 1 + 4 + 4 * SIZE;
    private static final byte FORMAT = 1;

    private static final long[] MULTIPLIERS = new long[SIZE];
    private static final long[] ADDENDS = new long[SIZE];

    static {
        Random random = new Random(0x5171_1a2L);
        for (int i = 0; i < SIZE; i++) {
            MULTIPLIERS[i] = random.nextLong() | 1L;
            ADDENDS[i] = random.nextLong();
        }
    }

    private final int[] values;
    private final int shingles;

    private Signature(int[] values, int shingles) {
        this.values = values;
        this.shingles = shingles;
    }

    /** The signature of a set of distinct shingle hashes. */
    public static Signature of(long[] distinctShingles) {
        int[] values = new int[SIZE];
        Arrays.fill(values, Integer.MAX_VALUE);
        for (long shingle : distinctShingles) {
            for (int i = 0; i < SIZE; i++) {
                int value = (int) ((MULTIPLIERS[i] * shingle + ADDENDS[i]) >>> 33);
                if (value < values[i]) {
                    values[i] = value;
                }
            }
        }
        return new Signature(values, distinctShingles.length);
    }

    /** A signature read back from its stored form. */
    public static Signature fromBytes(byte[] bytes) {
        if (bytes.length != BYTES || bytes[0] != FORMAT) {
            throw new IllegalArgumentException("not a stored signature: " + bytes.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, BYTES - 1);
        int shingles = buffer.getInt();
        int[] values = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            values[i] = buffer.getInt();
        }
        return new Signature(values, shingles);
    }

    /** The stored form. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(BYTES).put(FORMAT).putInt(shingles);
        for (int value : values) {
            buffer.putInt(value);
        }
        return buffer.array();
    }

    /** The number of distinct shingles it was made from. */
    public int shingles() {
        return shingles;
    }

    /** The value of hash function {@code index}. */
    int value(int index) {
        return values[index];
    }

    /** The estimated resemblance (Jaccard) of the two texts: the share of positions where the signatures agree. */
    public double jaccard(Signature other) {
        if (shingles == 0 || other.shingles == 0) {
            return 0;
        }
        int agree = 0;
        for (int i = 0; i < SIZE; i++) {
            if (values[i] == other.values[i]) {
                agree++;
            }
        }
        return agree / (double) SIZE;
    }

    /**
     * The estimated share of this text's shingles the other has: from the resemblance {@code J} and the two counts,
     * the shingles in common are {@code J·(|A| + |B|) / (1 + J)}.
     */
    public double containmentIn(Signature other) {
        double j = jaccard(other);
        if (j == 0) {
            return 0;
        }
        double common = j * (shingles + other.shingles) / (1 + j);
        return Math.min(1, common / shingles);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + shingles;
    }
}
