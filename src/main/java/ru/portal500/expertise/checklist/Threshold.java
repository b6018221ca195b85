package ru.portal500.expertise.checklist;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A bar the weighted total must reach: a percentage of the checklist's maximum weighted score (what regional
 * orders use: "80 %") or a number of weighted points (what a contest jury often uses).
 */
public record Threshold(Unit unit, BigDecimal value) {

    public enum Unit {
        PERCENT,
        POINTS
    }

    public Threshold {
        Objects.requireNonNull(unit, "unit");
        value = Points.canonical(Objects.requireNonNull(value, "value"));
    }

    public static Threshold percent(long value) {
        return new Threshold(Unit.PERCENT, BigDecimal.valueOf(value));
    }

    public static Threshold points(long value) {
        return new Threshold(Unit.POINTS, BigDecimal.valueOf(value));
    }

    /** The bar in weighted points for a checklist whose maximum weighted score is {@code maximum}. */
    public BigDecimal inPoints(BigDecimal maximum) {
        return unit == Unit.POINTS ? value : Points.percentOf(maximum, value);
    }
}
