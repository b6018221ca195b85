package ru.portal500.similarity.domain;

/** The hash mixing the engine builds on: SplitMix64's finaliser, a bijection of 64-bit values that scatters bits. */
final class Hashing {

    private Hashing() {
    }

    /** The value mixed: close inputs give unrelated outputs, and no two inputs give the same output. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
