package ru.portal500.monitoring.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's target and its traffic light: green when the value reaches the target, amber when it reaches the
 * warning threshold only, red below it; for an indicator where less is better (the share of unsatisfactory results)
 * the comparisons turn round. No value is no light, never red.
 */
public record Target(BigDecimal target, BigDecimal warning, Direction direction) {

    /** Which way is better. */
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    /** The traffic light of a value. */
    public enum Light { GREEN, AMBER, RED, NO_VALUE }

    public Target {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(direction, "direction");
        int order = warning.compareTo(target);
        if (direction == Direction.HIGHER_IS_BETTER ? order > 0 : order < 0) {
            throw new MonitoringRuleException("monitoring.error.warningBeyondTarget", target.toPlainString(),
                    warning.toPlainString());
        }
    }

    /** A target reached or missed, with no amber band. */
    public static Target atLeast(BigDecimal target) {
        return new Target(target, target, Direction.HIGHER_IS_BETTER);
    }

    public Light light(Optional<BigDecimal> value) {
        if (value.isEmpty()) {
            return Light.NO_VALUE;
        }
        if (reaches(value.get(), target)) {
            return Light.GREEN;
        }
        return reaches(value.get(), warning) ? Light.AMBER : Light.RED;
    }

    /** Whether the value reaches the target. */
    public boolean reached(Optional<BigDecimal> value) {
        return light(value) == Light.GREEN;
    }

    private boolean reaches(BigDecimal value, BigDecimal bound) {
        int order = value.compareTo(bound);
        return direction == Direction.HIGHER_IS_BETTER ? order >= 0 : order <= 0;
    }
}
