package ru.portal500.monitoring.web;

import ru.portal500.monitoring.domain.MonitoringRuleException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What the monitoring pages share: a date as a link carries it (2026-05-31). */
final class MonitoringPages {

    private MonitoringPages() {
    }

    /** The day a page's parameter names, or null without one; anything else is refused in words. */
    static LocalDate day(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(parameter.strip());
        } catch (DateTimeParseException e) {
            throw new MonitoringRuleException("monitoring.error.dateInvalid", parameter.strip());
        }
    }
}
