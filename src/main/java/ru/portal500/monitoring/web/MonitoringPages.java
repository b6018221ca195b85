package ru.portal500.monitoring.web;

import ru.portal500.monitoring.domain.MonitoringRuleException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What the monitoring pages share: a date as a link carries it (2026-05-31). */
final class MonitoringPages {

    private MonitoringPages() {
    }

    /** The day a page's parameter names (2026-11-24 or 24.11.2026), or null without one; anything else in words. */
    static LocalDate day(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        String day = parameter.strip();
        try {
            return day.contains(".") ? LocalDate.parse(day, java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT)) : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new MonitoringRuleException("monitoring.error.dateInvalid", parameter.strip());
        }
    }
}
