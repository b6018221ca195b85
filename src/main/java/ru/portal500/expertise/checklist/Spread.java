package ru.portal500.expertise.checklist;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * How far a set of numbers lies apart: count, mean, lowest, highest, range (highest − lowest) and the population
 * standard deviation (the experts at hand are the whole population, not a sample of experts).
 */
public record Spread(int count, BigDecimal mean, BigDecimal lowest, BigDecimal highest, BigDecimal range,
                     BigDecimal standardDeviation) {

    /** The spread of {@code values}; all zero for none. */
    public static Spread of(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return new Spread(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal count = BigDecimal.valueOf(values.size());
        BigDecimal mean = Points.divide(Points.sum(values), count);
        BigDecimal lowest = values.stream().min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal highest = values.stream().max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal squares = Points.sum(values.stream().map(v -> v.subtract(mean).pow(2)).toList());
        BigDecimal deviation = squares.divide(count, Points.PRECISION).sqrt(Points.PRECISION);
        return new Spread(values.size(), mean, Points.canonical(lowest), Points.canonical(highest),
                Points.canonical(highest.subtract(lowest)), Points.canonical(deviation));
    }

    /** The same spread with every figure multiplied (e.g. shares 0…1 to percentage points). */
    Spread times(BigDecimal factor) {
        return new Spread(count, Points.canonical(mean.multiply(factor)), Points.canonical(lowest.multiply(factor)),
                Points.canonical(highest.multiply(factor)), Points.canonical(range.multiply(factor)),
                Points.canonical(standardDeviation.multiply(factor)));
    }
}
