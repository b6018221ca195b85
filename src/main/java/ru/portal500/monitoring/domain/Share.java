package ru.portal500.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * An indicator's value as a count of a count: schools with approved documents of the campaign's schools, measures
 * done on time of those due. Shares roll up by adding their counts (a region's share is all its numerators over all
 * its denominators, never a mean of the municipalities' shares); nothing counted is no value, not 0 %.
 */
public record Share(long numerator, long denominator) {

    public Share {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("not a share: " + numerator + " of " + denominator);
        }
    }

    public static final Share NONE = new Share(0, 0);

    /** The shares added up: a municipality's schools, a region's municipalities. */
    public static Share sum(Collection<Share> shares) {
        long n = 0;
        long d = 0;
        for (Share share : shares) {
            n += share.numerator;
            d += share.denominator;
        }
        return new Share(n, d);
    }

    /** The share in per cent, one decimal; empty when nothing was counted. */
    public Optional<BigDecimal> percent() {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
    }
}
