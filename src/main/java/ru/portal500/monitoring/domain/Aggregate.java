package ru.portal500.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's value over several schools: a share adds up its counts ({@link Share#sum}); an entered value is the
 * mean of the schools that gave one (one decimal), with how many of them reached the target. No school with a value is
 * no value.
 */
public final class Aggregate {

    private Aggregate() {
    }

    /** The mean of the values given (nulls left out), one decimal; empty when none is. */
    public static Optional<BigDecimal> mean(Collection<BigDecimal> values) {
        long n = values.stream().filter(Objects::nonNull).count();
        if (n == 0) {
            return Optional.empty();
        }
        BigDecimal sum = values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP));
    }

    /** How many of the values given reach the target, of those given. */
    public static Share reached(Collection<BigDecimal> values, Target target) {
        long given = values.stream().filter(Objects::nonNull).count();
        long reached = values.stream().filter(Objects::nonNull).filter(v -> target.reached(Optional.of(v))).count();
        return new Share(reached, given);
    }
}
