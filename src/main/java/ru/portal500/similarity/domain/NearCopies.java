package ru.portal500.similarity.domain;

import java.util.List;

/** The answer to "which texts is this one a near-copy of": too short to judge, or judged with what was found. */
public sealed interface NearCopies {

    /**
     * The text has fewer than {@value NearCopyIndex#MIN_WORDS} words: too little to tell a copy from common wording.
     * No verdict: neither a share of 0 % nor a match.
     */
    record TooShort(int words, int minimum) implements NearCopies {
    }

    /**
     * The text has enough words, but its kind's boilerplate (template, headings, standard wording) leaves it fewer
     * distinct shingles of its own than {@value NearCopyIndex#MIN_WORDS} words make: nothing of its own to compare.
     * No verdict.
     */
    record OnlyBoilerplate(int words, int ownShingles) implements NearCopies {
    }

    /**
     * The text was judged: the near-copies found with at least the asked share from its side, the largest share
     * first (empty: none). {@code partial} when the text is longer than the words read ({@link Words#MAX_WORDS}),
     * so only its beginning was compared; {@code notVerified} counts candidates the signatures proposed beyond the
     * {@value NearCopyIndex#MAX_VERIFIED} counted exactly (a kind full of unregistered boilerplate).
     */
    record Judged(List<NearCopy> copies, boolean partial, int notVerified) implements NearCopies {

        public Judged {
            copies = List.copyOf(copies);
        }
    }
}
