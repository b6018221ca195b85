package ru.portal500.similarity.domain;

import java.util.List;

/**
 * Another text that shares a large part with the text looked at: which it is (with its kind and owner, for the
 * caller to decide what the viewer may be told of it), the share of text in common from each side
 * ({@link Resemblance}), the resemblance, how the figures were had, and the passages in common (longest first, at
 * most {@value Resemblance#MAX_PASSAGES}; {@code passagesFound} counts all).
 */
public record NearCopy(TextKey other, String otherKind, String otherOwner, double share, double otherShare,
                       double jaccard, Basis basis, List<Passage> passages, int passagesFound) {

    /** How the figures were had. */
    public enum Basis {
        /** Counted from both texts, all of their words. */
        EXACT,
        /**
         * Counted from both texts, but one of them is longer than the words read ({@link Words#MAX_WORDS}): only its
         * beginning was compared.
         */
        BEGINNING_ONLY,
        /**
         * Estimated from the two signatures, the other text not being readable: a probable near-copy, to be
         * confirmed, with no passages.
         */
        ESTIMATED
    }

    public NearCopy {
        passages = List.copyOf(passages);
    }
}
