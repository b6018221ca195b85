package ru.portal500.documents.extraction;

import java.time.Duration;

/**
 * How much extraction may take per file.
 *
 * @param maxChars  the longest text kept; a longer one is cut there ({@link Extraction#truncated()})
 * @param timeLimit the longest one file may take; past it the result is {@link ExtractionFailure#TOO_LONG_TIME}
 */
public record ExtractionLimits(int maxChars, Duration timeLimit) {

    /** 2,000,000 characters (a thousand pages) and 60 seconds. */
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(2_000_000, Duration.ofSeconds(60));

    public ExtractionLimits {
        if (maxChars < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("Limits are positive");
        }
    }
}
