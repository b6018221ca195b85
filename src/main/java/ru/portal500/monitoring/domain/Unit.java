package ru.portal500.monitoring.domain;

import java.math.BigDecimal;

/**
 * What an indicator's value counts: a share in per cent (0 to 100, one decimal kept) or a count (a whole number: contest
 * entries, mentors).
 */
public enum Unit {
    PERCENT, COUNT;

    /** The most a count may be. */
    public static final BigDecimal MAX_COUNT = BigDecimal.valueOf(1_000_000);

    /** Refuses a value this unit cannot have. */
    public BigDecimal checked(BigDecimal value) {
        if (value == null) {
            throw new MonitoringRuleException("monitoring.error.valueEmpty");
        }
        if (this == PERCENT && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new MonitoringRuleException("monitoring.error.percentRange", value.toPlainString());
        }
        if (this == COUNT && (value.signum() < 0 || value.compareTo(MAX_COUNT) > 0
                || value.stripTrailingZeros().scale() > 0)) {
            throw new MonitoringRuleException("monitoring.error.countRange", value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new MonitoringRuleException("monitoring.error.decimals", value.toPlainString());
        }
        return value;
    }
}
