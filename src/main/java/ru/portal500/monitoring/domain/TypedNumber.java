package ru.portal500.monitoring.domain;

import java.math.BigDecimal;

/** A value as people type it: «42,5», «42.5», «1 000»; nothing typed is no value; anything else refused in words. */
public final class TypedNumber {

    private TypedNumber() {
    }

    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.').replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            throw new MonitoringRuleException("monitoring.error.notANumber", text.strip());
        }
    }
}
